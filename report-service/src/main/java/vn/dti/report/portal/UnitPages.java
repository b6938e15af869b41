package vn.dti.report.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import vn.dti.report.portal.api.ApiClient;
import vn.dti.report.portal.api.ApiClient.Service;
import vn.dti.report.portal.session.Language;

/**
 * /portal/units/{unit}?fw=&period=&compare=: a unit's profile (its score and rank, each indicator's
 * contribution, strengths and weaknesses, the change against a compare period, restated across a merger
 * when the units changed). The ranking-service decides: an officer sees its own unit only (403 page).
 */
@Path("/portal/units")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class UnitPages {

    public record Indicator(String code, String name, String raw, String normalised, String contribution, String rank) {
    }

    public record Gap(String code, String name, String raw, String gap) {
    }

    public record Comparison(String period, String basis, String previousScore, String scoreChange, String previousRank,
                             Integer rankChange, String compareBasis) {
        public String steps() {
            return rankChange == null ? "" : Integer.toString(Math.abs(rankChange));
        }
    }

    public record Profile(String frameworkCode, String period, String unitCode, String unitName, String rank, String unitCount,
                          String score, List<Indicator> indicators, List<Gap> strengths, List<Gap> weaknesses,
                          Comparison comparison, String compare) {
    }

    @CheckedTemplate(basePath = "portal", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance profile(Profile profile);
    }

    @Inject
    ApiClient api;

    @Inject
    Pages pages;

    @Inject
    Language language;

    @GET
    @Path("/{unit}")
    public Response profile(@PathParam("unit") String unit, @QueryParam("fw") String fw, @QueryParam("period") String period,
                            @QueryParam("compare") String compare) {
        if (StandingsPages.blank(fw) || StandingsPages.blank(period)) {
            // a profile is of a framework and period: without them there is nothing to show
            return pages.error(404, null);
        }
        String path = "/api/v1/standings/" + Paths.segment(fw.trim()) + "/" + Paths.segment(period.trim()) + "/units/"
                + Paths.segment(unit) + (StandingsPages.blank(compare) ? "" : "?compareTo=" + Paths.query(compare.trim()));
        JsonNode body = api.getJson(Service.RANKING, path);
        Locale locale = language.locale();
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode i : body.path("indicators")) {
            indicators.add(new Indicator(i.path("code").asText(), i.path("name").asText(), Numbers.raw(i.get("raw"), locale),
                    Numbers.score(i.get("normalised"), locale), Numbers.score(i.get("contribution"), locale), i.path("rank").asText()));
        }
        JsonNode c = body.get("comparison");
        Comparison comparison = c == null || c.isNull() ? null : new Comparison(c.path("period").asText(), c.path("basis").asText(),
                Numbers.score(c.get("previousScore"), locale), Numbers.change(c.get("scoreChange"), locale),
                Numbers.text(c, "previousRank"), c.path("rankChange").isNumber() ? c.path("rankChange").asInt() : null,
                Numbers.text(c, "compareBasis"));
        Profile profile = new Profile(body.path("frameworkCode").asText(fw), body.path("period").asText(period),
                body.path("unitCode").asText(unit), body.path("unitName").asText(unit), body.path("rank").asText(),
                body.path("unitCount").asText(), Numbers.score(body.get("score"), locale), indicators,
                gaps(body.path("strengths"), locale), gaps(body.path("weaknesses"), locale), comparison,
                StandingsPages.blank(compare) ? null : compare.trim());
        return Response.ok(pages.page(Templates.profile(profile))).build();
    }

    private static List<Gap> gaps(JsonNode list, Locale locale) {
        List<Gap> gaps = new ArrayList<>();
        for (JsonNode g : list) {
            gaps.add(new Gap(g.path("indicatorCode").asText(), g.path("name").asText(), Numbers.raw(g.get("raw"), locale),
                    Numbers.change(g.get("gap"), locale)));
        }
        return gaps;
    }
}
