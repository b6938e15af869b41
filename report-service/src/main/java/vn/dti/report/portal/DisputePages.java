package vn.dti.report.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import vn.dti.plumbing.security.Roles;
import vn.dti.report.portal.api.ApiProblem;
import vn.dti.report.portal.api.IndicatorApi;

/**
 * Disputes from the portal's forms: an officer files one on a release (its to-do page), a reviewer
 * resolves one (the review queue). The page that showed the form shows the API's problems again.
 */
@Path("/portal/disputes")
@Produces(MediaType.TEXT_HTML)
public class DisputePages {

    @Inject
    IndicatorApi api;

    @Inject
    TodoPages todo;

    @Inject
    ReviewPages reviews;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.SUBMITTER, Roles.ADMIN})
    public Response file(@RestForm String unit, @RestForm String releaseId, @RestForm String indicatorCode,
                         @RestForm String reason) {
        try {
            api.fileDispute(releaseId, unit, indicatorCode, reason);
        } catch (ApiProblem p) {
            if (p.status() == 422 || p.status() == 400) {
                return Response.status(p.status()).entity(todo.withDisputeErrors(unit,
                        new TodoPages.DisputeForm(releaseId, indicatorCode, reason), FormErrors.of(p, TodoPages.DISPUTE_FIELDS)))
                        .build();
            }
            throw p;
        }
        return TodoPages.seeOther(unit, null, null, "filed");
    }

    @POST
    @Path("/{id}/resolution")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public Response resolve(@PathParam("id") String id, @RestForm String framework, @RestForm String period,
                            @RestForm String decision, @RestForm String comment) {
        if (framework == null || period == null) {
            // the queue's form always names its page; a hand-made request has nowhere to return to
            throw new ApiProblem(400, "Bad request", null, java.util.List.of());
        }
        String queue = ReviewPages.path(framework, period, null);
        try {
            api.resolveDispute(id, decision, comment);
        } catch (ApiProblem p) {
            if (p.status() == 409) {
                return Pages.seeOther(queue, "alreadyResolved");
            }
            if (p.status() == 422 || p.status() == 400) {
                return Response.status(p.status())
                        .entity(reviews.queuePage(framework, period, null, id, FormErrors.of(p, ReviewPages.RESOLUTION_FIELDS)))
                        .build();
            }
            throw p;
        }
        return Pages.seeOther(queue, "resolved");
    }
}
