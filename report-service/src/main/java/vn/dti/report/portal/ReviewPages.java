package vn.dti.report.portal;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.dti.plumbing.security.Roles;
import vn.dti.report.portal.api.ApiProblem;
import vn.dti.report.portal.api.IndicatorApi;
import vn.dti.report.portal.api.IndicatorViews.Dispute;
import vn.dti.report.portal.api.IndicatorViews.Reviews;
import vn.dti.report.portal.api.IndicatorViews.Submission;
import vn.dti.report.portal.api.IndicatorViews.UnitReview;

/**
 * The reviewer's pages: the queue of a framework and period (status, warnings and outliers per unit,
 * approve or return), a unit's submission with its history, and the period's disputes to resolve. Every
 * decision names the submission the reviewer saw; the API's stale-review 409 becomes a notice asking to
 * reload.
 */
@Path("/portal/reviews/{fw}/{period}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class ReviewPages {

    static final Map<String, String> DECISION_FIELDS = Map.of("/comment", "comment", "/decision", "decision",
            "/submissionId", "submissionId");
    static final Map<String, String> RESOLUTION_FIELDS = Map.of("/comment", "comment", "/decision", "decision");
    private static final int HISTORY = 50;

    @CheckedTemplate(basePath = "portal", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance reviews(QueueView v);

        static native TemplateInstance review(UnitView v);
    }

    /** The queue; {@code resolving} names the dispute whose resolution form shows {@code resolutionErrors}. */
    public record QueueView(String framework, String period, Reviews reviews, List<Dispute> disputes, String notice,
                            String resolving, FormErrors resolutionErrors) {

        /** The queue's decision forms show no problems (a refused decision shows the unit's page). */
        public FormErrors noErrors() {
            return FormErrors.NONE;
        }
    }

    /** One unit: its review row, its submissions of the period (newest first), the decision form's problems. */
    public record UnitView(String framework, String period, UnitReview unit, List<Submission> history, String notice,
                           String comment, FormErrors errors) {
    }

    @Inject
    IndicatorApi api;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance queue(@PathParam("fw") String fw, @PathParam("period") String period,
                                  @QueryParam("notice") String notice) {
        return queuePage(fw, period, WorkNotices.known(notice), null, FormErrors.NONE);
    }

    @GET
    @Path("/{unit}")
    public TemplateInstance unit(@PathParam("fw") String fw, @PathParam("period") String period, @PathParam("unit") String unit,
                                 @QueryParam("notice") String notice) {
        return unitPage(fw, period, unit, WorkNotices.known(notice), null, FormErrors.NONE);
    }

    @POST
    @Path("/{unit}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("fw") String fw, @PathParam("period") String period, @PathParam("unit") String unit,
                           @RestForm String decision, @RestForm String submissionId, @RestForm String comment,
                           @RestForm String back) {
        String page = "unit".equals(back) ? path(fw, period, unit) : path(fw, period, null);
        try {
            api.decide(fw, period, unit, decision, submissionId, comment);
        } catch (ApiProblem p) {
            if (p.status() == 409) {
                return Pages.seeOther(page, "stale");
            }
            if (p.status() == 422 || p.status() == 400) {
                return Response.status(p.status())
                        .entity(unitPage(fw, period, unit, null, comment, FormErrors.of(p, DECISION_FIELDS))).build();
            }
            throw p;
        }
        return Pages.seeOther(page, "RETURN".equals(decision) ? "returned" : "approved");
    }

    TemplateInstance queuePage(String fw, String period, String notice, String resolving, FormErrors resolutionErrors) {
        Reviews reviews = api.reviews(fw, period);
        List<Dispute> disputes = api.disputes(fw, period, null);
        return pages.page(Templates.reviews(new QueueView(fw, period, reviews, disputes, notice, resolving, resolutionErrors)));
    }

    private TemplateInstance unitPage(String fw, String period, String unit, String notice, String comment, FormErrors errors) {
        UnitReview row = api.reviews(fw, period).unit(unit);
        if (row == null) {
            throw new ApiProblem(404, "Not found", null, List.of());
        }
        List<Submission> history = row.submissionId() == null ? List.of() : api.submissions(unit, fw, period, HISTORY);
        return pages.page(Templates.review(new UnitView(fw, period, row, history, notice, comment, errors)));
    }

    /** The queue's path, or a unit's page with {@code unit}. */
    static String path(String fw, String period, String unit) {
        return "/portal/reviews/" + IndicatorApi.seg(fw) + "/" + IndicatorApi.seg(period) + (unit == null ? "" : "/" + IndicatorApi.seg(unit));
    }
}
