package vn.dti.report.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import com.fasterxml.jackson.databind.JsonNode;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import vn.dti.report.portal.api.ApiClient;
import vn.dti.report.portal.api.ApiClient.Service;
import vn.dti.report.portal.api.ApiProblem;
import vn.dti.report.portal.api.ApiResult;

/**
 * /portal/briefs: the briefs (drafts for the committee only: the API leaves them out for others), the
 * form that creates one, publishing a draft, opening it as HTML or PDF (the API's document, fetched
 * with the person's token) and making a share link. The report-service's API decides every step.
 */
@Path("/portal/briefs")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class BriefPages {

    static final Map<String, String> FIELDS = Map.of("/title", "title", "/meetingDate", "meetingDate",
            "/frameworkCode", "framework", "/period", "period", "/comparePeriod", "comparePeriod", "/language", "language");
    static final Map<String, String> SHARE_FIELDS = Map.of("/expiresInDays", "expiresInDays");
    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    public record Brief(String id, String title, String meetingDate, String frameworkCode, String period, String comparePeriod,
                        String language, String createdAt, String createdBy, String status) {
        public boolean draft() {
            return "DRAFT".equals(status);
        }
    }

    public record Form(String title, String meetingDate, String framework, String period, String comparePeriod, String language) {
        static final Form EMPTY = new Form("", "", "", "", "", "");
    }

    /** A share link just made: its URL is shown this once (only its hash is stored). */
    public record Shared(String briefId, String url, String expiresAt) {
    }

    @CheckedTemplate(basePath = "portal", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance briefs(List<Brief> briefs, Form form, FormErrors errors, String notice, Shared shared,
                                              String rowErrorFor, FormErrors rowErrors);
    }

    @Inject
    ApiClient api;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance list(@QueryParam("notice") String notice) {
        String known = "created".equals(notice) || "published".equals(notice) ? notice : null;
        return page(Form.EMPTY, FormErrors.NONE, known, null, null, FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String title, @RestForm String meetingDate, @RestForm String framework,
                           @RestForm String period, @RestForm String comparePeriod, @RestForm String language) {
        Form form = new Form(ReleasePages.trim(title), ReleasePages.trim(meetingDate), ReleasePages.trim(framework),
                ReleasePages.trim(period), ReleasePages.trim(comparePeriod), ReleasePages.trim(language));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", form.title());
        body.put("meetingDate", form.meetingDate());
        body.put("frameworkCode", form.framework());
        body.put("period", form.period());
        if (!form.comparePeriod().isEmpty()) {
            body.put("comparePeriod", form.comparePeriod());
        }
        body.put("language", form.language());
        try {
            api.postJson(Service.REPORT, "/api/v1/briefs", body);
            return Pages.seeOther("/portal/briefs", "created");
        } catch (ApiProblem refused) {
            return Response.status(refused.status())
                    .entity(page(form, FormErrors.of(refused, FIELDS), null, null, null, FormErrors.NONE)).build();
        }
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") String id) {
        try {
            api.postJson(Service.REPORT, "/api/v1/briefs/" + Paths.segment(id) + "/publish", null);
            return Pages.seeOther("/portal/briefs", "published");
        } catch (ApiProblem refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return Response.status(refused.status())
                    .entity(page(Form.EMPTY, FormErrors.NONE, null, null, id, FormErrors.of(refused, Map.of()))).build();
        }
    }

    /**
     * A share link: the page is answered directly (200), not by a redirect, because the link's secret
     * is shown once and must not travel in a URL or be kept anywhere to show it after a redirect.
     */
    @POST
    @Path("/{id}/share")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response share(@PathParam("id") String id, @RestForm String expiresInDays) {
        Map<String, Object> body = new LinkedHashMap<>();
        String days = ReleasePages.trim(expiresInDays);
        try {
            body.put("expiresInDays", days.isEmpty() ? null : Long.parseLong(days));
        } catch (NumberFormatException e) {
            body.put("expiresInDays", days); // the API names it (INVALID_TYPE at /expiresInDays)
        }
        try {
            JsonNode link = api.postJson(Service.REPORT, "/api/v1/briefs/" + Paths.segment(id) + "/links", body).json();
            Shared shared = new Shared(id, link.path("url").asText(), link.path("expiresAt").asText());
            return Response.ok(page(Form.EMPTY, FormErrors.NONE, null, shared, null, FormErrors.NONE)).build();
        } catch (ApiProblem refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return Response.status(refused.status())
                    .entity(page(Form.EMPTY, FormErrors.NONE, null, null, id, FormErrors.of(refused, SHARE_FIELDS))).build();
        }
    }

    @GET
    @Path("/{id: " + UUID + "}.html")
    public Response html(@PathParam("id") String id) {
        ApiResult document = api.get(Service.REPORT, "/api/v1/briefs/" + id + "/html", "text/html");
        // the brief's own policy (inline styles and SVG, nothing else), not the pages' one
        return Response.ok(document.body(), "text/html;charset=UTF-8")
                .header("Content-Security-Policy", document.header("Content-Security-Policy")).build();
    }

    @GET
    @Path("/{id: " + UUID + "}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) {
        ApiResult document = api.get(Service.REPORT, "/api/v1/briefs/" + id + "/pdf", "application/pdf");
        return Response.ok(document.body(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"brief-" + id + ".pdf\"").build();
    }

    private TemplateInstance page(Form form, FormErrors errors, String notice, Shared shared, String rowErrorFor,
                                  FormErrors rowErrors) {
        List<Brief> briefs = new ArrayList<>();
        for (JsonNode b : api.getJson(Service.REPORT, "/api/v1/briefs?size=100").path("items")) {
            briefs.add(new Brief(b.path("id").asText(), b.path("title").asText(), b.path("meetingDate").asText(),
                    b.path("frameworkCode").asText(), b.path("period").asText(), Numbers.text(b, "comparePeriod"),
                    b.path("language").asText(), WorkFormats.inVietnam(b.path("createdAt").asText()), b.path("createdBy").asText(),
                    b.path("status").asText()));
        }
        return pages.page(Templates.briefs(briefs, form, errors, notice, shared, rowErrorFor, rowErrors));
    }
}
