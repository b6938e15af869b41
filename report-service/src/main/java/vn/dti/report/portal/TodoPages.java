package vn.dti.report.portal;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.dti.plumbing.security.Roles;
import vn.dti.report.portal.api.ApiProblem;
import vn.dti.report.portal.api.ImportOutcome;
import vn.dti.report.portal.api.IndicatorApi;
import vn.dti.report.portal.api.IndicatorViews.Dispute;
import vn.dti.report.portal.api.IndicatorViews.Period;
import vn.dti.report.portal.api.IndicatorViews.Release;
import vn.dti.report.portal.api.IndicatorViews.Submission;
import vn.dti.report.portal.api.IndicatorViews.UnitTodo;
import vn.dti.report.portal.session.Viewer;

/**
 * The province officer's page: its unit's to-do for a period of the portal's framework (missing
 * indicators, deadlines, review status and comments), a CSV upload or one value with the import summary,
 * the unit's submission history, its disputes and a form to contest a release. The indicator API decides
 * what the officer may see: {@code ?unit=79} for an officer of 48 is the API's 403, shown as the 403 page.
 */
@Path("/portal/todo")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.SUBMITTER, Roles.ADMIN})
public class TodoPages {

    /** The value form's API pointers → its fields. */
    static final Map<String, String> VALUE_FIELDS = Map.of("/period", "period", "/values/0/indicatorCode", "indicatorCode",
            "/values/0/value", "value", "/values/0/note", "note");
    /** The dispute form's API pointers → its fields. */
    static final Map<String, String> DISPUTE_FIELDS = Map.of("/releaseId", "releaseId", "/indicatorCode", "indicatorCode",
            "/reason", "reason");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final int HISTORY = 20;

    @CheckedTemplate(basePath = "portal", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance todo(TodoView v);
    }

    /** What the to-do page shows. */
    public record TodoView(String unit, String unitName, String framework, List<Period> periods, Period selected, boolean open,
                           UnitTodo todo, List<String> indicators, List<Submission> history, List<Release> releases,
                           List<Dispute> disputes, ImportOutcome outcome, String notice,
                           ValueForm valueForm, FormErrors valueErrors, DisputeForm disputeForm, FormErrors disputeErrors,
                           OffsetDateTime now) {

        /** The period the value form has chosen: the one sent again after a refusal, else the page's. */
        public String valuePeriod() {
            return valueForm.period() != null ? valueForm.period() : selected == null ? null : selected.period();
        }
    }

    /** The one-value form as the officer filled it (shown again next to the API's problems). */
    public record ValueForm(String period, String indicatorCode, String value, String note) {
        static final ValueForm EMPTY = new ValueForm(null, null, null, null);
    }

    public record DisputeForm(String releaseId, String indicatorCode, String reason) {
        static final DisputeForm EMPTY = new DisputeForm(null, null, null);
    }

    @Inject
    IndicatorApi api;

    @Inject
    Viewer viewer;

    @Inject
    Pages pages;

    @Inject
    ImportOutcomes outcomes;

    @Inject
    PortalConfig config;

    @GET
    public TemplateInstance page(@QueryParam("unit") String unit, @QueryParam("period") String period,
                                 @QueryParam("import") String importKey, @QueryParam("notice") String notice) {
        return render(unit, period, outcomes.find(viewer.name(), importKey), WorkNotices.known(notice), ValueForm.EMPTY, FormErrors.NONE,
                DisputeForm.EMPTY, FormErrors.NONE);
    }

    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm String period, @RestForm String unit) throws IOException {
        if (file == null || file.size() == 0) {
            return seeOther(unit, period, null, "noFile");
        }
        ImportOutcome outcome = api.submitCsv(Files.readAllBytes(file.uploadedFile()));
        return seeOther(unit, period, outcomes.keep(viewer.name(), outcome), null);
    }

    @POST
    @Path("/value")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response value(@RestForm String unit, @RestForm String period, @RestForm String indicatorCode,
                          @RestForm String value, @RestForm String note) {
        ImportOutcome outcome = api.submitValue(unit, config.framework(), period, indicatorCode, number(value), note);
        if (outcome.stored()) {
            return seeOther(unit, period, outcomes.keep(viewer.name(), outcome), "stored");
        }
        FormErrors errors = FormErrors.of(outcome.refusal(), VALUE_FIELDS);
        return Response.status(outcome.status()).entity(render(unit, period, null, null,
                new ValueForm(period, indicatorCode, value, note), errors, DisputeForm.EMPTY, FormErrors.NONE)).build();
    }

    /** The to-do page again with the dispute form's problems (a 422 of {@code POST /disputes}). */
    TemplateInstance withDisputeErrors(String unit, DisputeForm form, FormErrors errors) {
        return render(unit, null, null, null, ValueForm.EMPTY, FormErrors.NONE, form, errors);
    }

    private TemplateInstance render(String unitParam, String periodParam, ImportOutcome outcome, String notice,
                                    ValueForm valueForm, FormErrors valueErrors, DisputeForm disputeForm, FormErrors disputeErrors) {
        String framework = config.framework();
        List<Period> periods = new ArrayList<>(api.periods(framework));
        periods.sort(Comparator.comparing(Period::period).reversed());
        OffsetDateTime now = OffsetDateTime.now();
        Period selected = periods.stream().filter(p -> p.period().equals(periodParam)).findFirst()
                .or(() -> periods.stream().filter(p -> p.openAt(now)).findFirst())
                .or(() -> periods.stream().findFirst()).orElse(null);
        // the API answers for the unit asked for, a submitter's own by default (another is its 403); an admin names one
        boolean aUnit = unitParam != null || viewer.isSubmitter();
        UnitTodo todo = selected == null || !aUnit ? null : api.todo(framework, selected.period(), unitParam).unit();
        String unit = todo != null ? todo.unitCode() : unitParam != null ? unitParam : viewer.unit();
        List<String> indicators = new ArrayList<>();
        if (todo != null) {
            indicators.addAll(orEmpty(todo.missingIndicators()));
            indicators.addAll(orEmpty(todo.reportedIndicators()));
        }
        List<Submission> history = unit == null ? List.of() : api.submissions(unit, framework, null, HISTORY);
        List<Dispute> disputes = api.disputes(framework, null, null).stream()
                .filter(d -> unit == null || unit.equals(d.unitCode())).toList();
        return pages.page(Templates.todo(new TodoView(unit, todo == null ? unit : todo.unitName(), framework, periods, selected,
                selected != null && selected.openAt(now), todo, indicators, history, releases(framework), disputes, outcome, notice,
                valueForm, valueErrors, disputeForm, disputeErrors, now)));
    }

    /** Releases come from the ranking-service: while it is away the page works, without the dispute form. */
    private List<Release> releases(String framework) {
        try {
            return api.releases(framework);
        } catch (ApiProblem e) {
            return List.of();
        }
    }

    /**
     * The value as the API expects it: a number when it reads as one (a Vietnamese decimal comma too),
     * true/false for a yes/no indicator, else the text as typed so that the API names the problem.
     */
    static Object number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (DECIMAL_COMMA.matcher(v).matches()) {
            v = v.replace(',', '.');
        }
        if ("true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v)) {
            return Boolean.parseBoolean(v);
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    static Response seeOther(String unit, String period, String importKey, String notice) {
        StringBuilder q = new StringBuilder();
        add(q, "unit", unit);
        add(q, "period", period);
        add(q, "import", importKey);
        return Pages.seeOther("/portal/todo" + q, notice);
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(q.isEmpty() ? '?' : '&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
