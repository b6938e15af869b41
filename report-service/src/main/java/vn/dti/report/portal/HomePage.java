package vn.dti.report.portal;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import vn.dti.report.portal.api.ApiClient;
import vn.dti.report.portal.api.ApiClient.Service;

/** /portal/: the overview for the signed-in role, with the frameworks and periods to open. */
@Path("/portal")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    /** A published framework and the periods it has a schedule for, by code. */
    public record Framework(String code, String name, List<String> periods) {
    }

    @CheckedTemplate(basePath = "portal", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance home(List<Framework> frameworks);
    }

    @Inject
    ApiClient api;

    @Inject
    Pages pages;

    @GET
    @Path("/")
    public TemplateInstance home() {
        List<Framework> frameworks = new ArrayList<>();
        for (JsonNode framework : api.getJson(Service.INDICATOR, "/api/v1/frameworks")) {
            if (!"PUBLISHED".equals(framework.path("status").asText())) {
                continue;
            }
            String code = framework.path("code").asText();
            List<String> periods = new ArrayList<>();
            for (JsonNode period : api.getJson(Service.INDICATOR, "/api/v1/frameworks/" + Paths.segment(code) + "/periods")) {
                periods.add(period.path("period").asText());
            }
            frameworks.add(new Framework(code, framework.path("name").asText(code), newestFirst(periods)));
        }
        return pages.page(Templates.home(frameworks));
    }

    private static List<String> newestFirst(List<String> periods) {
        List<String> sorted = new ArrayList<>(periods);
        sorted.sort(java.util.Comparator.reverseOrder());
        return sorted;
    }
}
