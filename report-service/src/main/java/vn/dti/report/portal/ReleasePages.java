package vn.dti.report.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import vn.dti.report.portal.api.ApiClient;
import vn.dti.report.portal.api.ApiClient.Service;
import vn.dti.report.portal.api.ApiProblem;
import vn.dti.report.portal.session.Language;

/**
 * /portal/releases: the releases (newest first) with what changed against the revision before, and the
 * form that publishes one (the latest standings version when none is given). The ranking-service
 * decides who may publish (committee, admin): anybody else gets the 403 page.
 */
@Path("/portal/releases")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReleasePages {

    /** How many of the newest releases show their changes (one call each). */
    static final int WITH_CHANGES = 10;
    /** The form's fields by the pointer the API names them with. */
    static final Map<String, String> FIELDS = Map.of("/frameworkCode", "framework", "/period", "period",
            "/version", "version", "/label", "label", "/note", "note");

    public record Change(String unitCode, String previousRank, String rank, String previousScore, String score) {
    }

    public record Release(String id, String frameworkCode, String period, String basis, String revision, String version,
                          String label, String note, String releasedBy, String releasedAt, List<Change> changes,
                          boolean changesShown) {
    }

    /** What was typed into the form, shown again with the API's errors. */
    public record Form(String framework, String period, String version, String label, String note) {
        static final Form EMPTY = new Form("", "", "", "", "");
    }

    @CheckedTemplate(basePath = "portal", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance releases(List<Release> releases, Form form, FormErrors errors, String notice);
    }

    @Inject
    ApiClient api;

    @Inject
    Pages pages;

    @Inject
    Language language;

    @GET
    public TemplateInstance list(@QueryParam("notice") String notice) {
        return page(Form.EMPTY, FormErrors.NONE, "released".equals(notice) ? notice : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestForm String framework, @RestForm String period, @RestForm String version,
                            @RestForm String label, @RestForm String note) {
        Form form = new Form(trim(framework), trim(period), trim(version), trim(label), trim(note));
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("frameworkCode", form.framework());
            body.put("period", form.period());
            body.put("version", form.version().isEmpty() ? latestVersion(form) : versionNumber(form.version()));
            body.put("label", form.label());
            if (!form.note().isEmpty()) {
                body.put("note", form.note());
            }
            api.postJson(Service.RANKING, "/api/v1/releases", body);
            return Pages.seeOther("/portal/releases", "released");
        } catch (ApiProblem refused) {
            return Response.status(refused.status()).entity(page(form, FormErrors.of(refused, FIELDS), null)).build();
        }
    }

    private TemplateInstance page(Form form, FormErrors errors, String notice) {
        Locale locale = language.locale();
        List<Release> releases = new ArrayList<>();
        int shown = 0;
        for (JsonNode r : api.getJson(Service.RANKING, "/api/v1/releases")) {
            boolean withChanges = shown++ < WITH_CHANGES;
            List<Change> changes = new ArrayList<>();
            if (withChanges) {
                JsonNode full = api.getJson(Service.RANKING, "/api/v1/releases/" + Paths.segment(r.path("id").asText()));
                for (JsonNode c : full.path("changes")) {
                    changes.add(new Change(c.path("unitCode").asText(), orDash(Numbers.text(c, "previousRank")),
                            orDash(Numbers.text(c, "rank")), orDash(Numbers.score(c.get("previousScore"), locale)),
                            orDash(Numbers.score(c.get("score"), locale))));
                }
            }
            releases.add(new Release(r.path("id").asText(), r.path("frameworkCode").asText(), r.path("period").asText(),
                    r.path("basis").asText(), r.path("revision").asText(), r.path("version").asText(), r.path("label").asText(),
                    Numbers.text(r, "note"), r.path("releasedBy").asText(), WorkFormats.inVietnam(r.path("releasedAt").asText()), changes, withChanges));
        }
        return pages.page(Templates.releases(releases, form, errors, notice));
    }

    /** The latest standings version of the (framework, period) on its default basis, as the release's version. */
    private Object latestVersion(Form form) {
        if (form.framework().isEmpty() || form.period().isEmpty()) {
            return null; // the API names the missing fields
        }
        return api.getJson(Service.RANKING, "/api/v1/standings/" + Paths.segment(form.framework()) + "/"
                + Paths.segment(form.period())).path("version").asLong();
    }

    /** A whole number as a number; anything else as typed, so the API names the problem at /version. */
    private static Object versionNumber(String version) {
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            return version;
        }
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "–" : s;
    }

    static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
