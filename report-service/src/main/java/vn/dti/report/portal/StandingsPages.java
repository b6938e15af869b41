package vn.dti.report.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import vn.dti.report.portal.api.ApiClient;
import vn.dti.report.portal.api.ApiClient.Service;
import vn.dti.report.portal.session.Language;

/**
 * /portal/standings/{fw}/{period}: the ranked table, current or official (the latest release), ranked by
 * any node, with each unit's rank change against a compare period when one is asked for. The
 * ranking-service decides who may read it.
 */
@Path("/portal/standings")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class StandingsPages {

    /** One ranked unit; {@code change} is positive when it moved up, null without a comparison or a counterpart. */
    public record Row(String unitCode, String unitName, String rank, String score, boolean complete, String missing,
                      Integer change, boolean newEntry) {
        /** How many places it moved, either way. */
        public String steps() {
            return change == null ? "" : Integer.toString(Math.abs(change));
        }
    }

    /** What the page shows above the table. */
    public record Table(String frameworkCode, String period, String version, String computedAt, String basis, String node,
                        boolean official, String compare, List<Row> rows) {
    }

    @CheckedTemplate(basePath = "portal", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance standings(Table table);
    }

    @Inject
    ApiClient api;

    @Inject
    Pages pages;

    @Inject
    Language language;

    @GET
    @Path("/{fw}/{period}")
    public TemplateInstance standings(@PathParam("fw") String fw, @PathParam("period") String period,
                                      @QueryParam("official") boolean official, @QueryParam("node") String node,
                                      @QueryParam("compare") String compare) {
        String base = "/api/v1/standings/" + Paths.segment(fw) + "/" + Paths.segment(period);
        String nodeQuery = blank(node) ? "" : "?node=" + Paths.query(node.trim());
        // the official standings are the release's bytes, ranked by the root only
        JsonNode body = api.getJson(Service.RANKING, official ? base + "/official" : base + nodeQuery);
        Map<String, Integer> previousRanks = blank(compare) ? null : ranks(api.getJson(Service.RANKING,
                "/api/v1/standings/" + Paths.segment(fw) + "/" + Paths.segment(compare.trim()) + (official ? "" : nodeQuery)));
        Locale locale = language.locale();
        List<Row> rows = new ArrayList<>();
        for (JsonNode entry : body.path("entries")) {
            String code = entry.path("unitCode").asText();
            int rank = entry.path("rank").asInt();
            Integer change = null;
            boolean isNew = false;
            if (previousRanks != null) {
                Integer before = previousRanks.get(code);
                if (before == null) {
                    isNew = true;
                } else {
                    change = before - rank;
                }
            }
            rows.add(new Row(code, entry.path("unitName").asText(code), Integer.toString(rank),
                    Numbers.score(entry.get("score"), locale), entry.path("complete").asBoolean(),
                    entry.path("missing").asText(), change, isNew));
        }
        Table table = new Table(body.path("frameworkCode").asText(fw), body.path("period").asText(period),
                body.path("version").asText(), WorkFormats.inVietnam(body.path("computedAt").asText()), body.path("basis").asText(""),
                Numbers.text(body, "node"), official, blank(compare) ? null : compare.trim(), rows);
        return pages.page(Templates.standings(table));
    }

    private static Map<String, Integer> ranks(JsonNode standings) {
        Map<String, Integer> ranks = new HashMap<>();
        for (JsonNode entry : standings.path("entries")) {
            ranks.put(entry.path("unitCode").asText(), entry.path("rank").asInt());
        }
        return ranks;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
