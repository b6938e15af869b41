package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The full-size case: the default provincial framework (8 pillars, 29 indicators, 4 targets) and
 * the 63 provinces, with seeded random values and standings for two years. Checks that a brief of
 * that size is assembled and laid out (the charts fit their pages) and keeps every name; the
 * HTML and PDF are left under target/briefs/ for a look.
 */
@QuarkusTest
class FullSizeBriefTest {

    static final String FW = "T-FULL";
    static final String[] PROVINCES = {
            "01", "Hà Nội", "26", "Vĩnh Phúc", "27", "Bắc Ninh", "22", "Quảng Ninh",
            "30", "Hải Dương", "31", "Hải Phòng", "33", "Hưng Yên", "34", "Thái Bình",
            "35", "Hà Nam", "36", "Nam Định", "37", "Ninh Bình", "02", "Hà Giang",
            "04", "Cao Bằng", "06", "Bắc Kạn", "08", "Tuyên Quang", "10", "Lào Cai",
            "15", "Yên Bái", "19", "Thái Nguyên", "20", "Lạng Sơn", "24", "Bắc Giang",
            "25", "Phú Thọ", "11", "Điện Biên", "12", "Lai Châu", "14", "Sơn La",
            "17", "Hòa Bình", "38", "Thanh Hóa", "40", "Nghệ An", "42", "Hà Tĩnh",
            "44", "Quảng Bình", "45", "Quảng Trị", "46", "Thừa Thiên Huế", "48", "Đà Nẵng",
            "49", "Quảng Nam", "51", "Quảng Ngãi", "52", "Bình Định", "54", "Phú Yên",
            "56", "Khánh Hòa", "58", "Ninh Thuận", "60", "Bình Thuận", "62", "Kon Tum",
            "64", "Gia Lai", "66", "Đắk Lắk", "67", "Đắk Nông", "68", "Lâm Đồng",
            "70", "Bình Phước", "72", "Tây Ninh", "74", "Bình Dương", "75", "Đồng Nai",
            "77", "Bà Rịa - Vũng Tàu", "79", "Thành phố Hồ Chí Minh", "80", "Long An", "82", "Tiền Giang",
            "83", "Bến Tre", "84", "Trà Vinh", "86", "Vĩnh Long", "87", "Đồng Tháp",
            "89", "An Giang", "91", "Kiên Giang", "92", "Cần Thơ", "93", "Hậu Giang",
            "94", "Sóc Trăng", "95", "Bạc Liêu", "96", "Cà Mau"
    };

    @Inject
    Db db;

    @Test
    void aBriefOfTheSixtyThreeProvincesOnTheDefaultFramework() throws Exception {
        JsonNode framework = Events.JSON.readTree(Files.readString(
                Path.of("..", "indicator-service", "src", "main", "resources", "frameworks", "DTI-PROVINCE.json")));
        ((ObjectNode) framework).put("code", FW);
        List<JsonNode> indicators = new ArrayList<>();
        leaves(framework.get("root"), indicators);
        List<String> pillars = new ArrayList<>();
        framework.get("root").get("children").forEach(p -> pillars.add(p.get("code").asText()));
        Events.framework(framework.toString());

        Random random = new Random(2024);
        int units = PROVINCES.length / 2;
        int sent = 0;
        for (int u = 0; u < units; u++) {
            String code = PROVINCES[2 * u];
            if (u % 21 == 20) {
                continue; // three provinces do not report
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (JsonNode i : indicators) {
                if (u % 17 == 3 && values.size() > 20) {
                    break; // a few report part of the indicators
                }
                values.put(i.get("code").asText(), value(i.get("indicator"), random));
            }
            sent += values.size();
            Events.submission(code, FW, "2024", "2025-03-%02dT09:00:00.000+07:00".formatted(1 + u % 28), u % 9 == 4, values);
        }
        for (String period : List.of("2023", "2024")) {
            Events.standings(FW, period, 1, "DTI", standings(random, pillars));
        }
        long expected = sent;
        await().atMost(Duration.ofSeconds(90)).until(() -> db.count("standings", "framework_code = '" + FW + "'") == 2
                && db.count("framework", "code = '" + FW + "'") == 1
                && db.count("current_value", "framework_code = '" + FW + "'") == expected);

        for (String language : List.of("vi", "en")) {
            String location = Api.create(Api.request(language.equals("vi")
                    ? "Báo cáo phiên họp Ủy ban Quốc gia về chuyển đổi số: DTI cấp tỉnh năm 2024"
                    : "National Committee on Digital Transformation: provincial DTI 2024", FW, "2024", "2023", language))
                    .header("Location");
            JsonPath b = Api.json(Api.read(location, "application/json"));
            assertThat(b.getInt("headline.unitsRanked")).isEqualTo(63);
            assertThat(b.getInt("headline.indicators")).isEqualTo(indicators.size());
            assertThat(b.getList("pillarLeaders.pillarCode")).containsAll(pillars);
            assertThat(b.getList("targets")).hasSize(4);
            assertThat(b.getList("reporting.notReported")).hasSize(3);
            assertThat(b.getList("profiles")).hasSize(63);
            assertThat(b.getList("pillarLeaders.sentence", String.class))
                    .noneMatch(x -> x.contains(" at yes") || x.contains(" at no") || x.contains("đạt có") || x.contains("đạt không"));
            String html = Api.read(location, "text/html").asString();
            byte[] pdf = Api.read(location, "application/pdf").asByteArray();
            BriefRenderingTest.save("full-" + language + ".html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            BriefRenderingTest.save("full-" + language + ".pdf", pdf);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                for (int u = 0; u < units; u++) {
                    assertThat(text).contains(PROVINCES[2 * u + 1]);
                }
                assertThat(doc.getNumberOfPages()).isBetween(8, 40);
            }
        }
    }

    private static void leaves(JsonNode node, List<JsonNode> into) {
        if (node.has("indicator")) {
            into.add(node);
        } else {
            node.get("children").forEach(c -> leaves(c, into));
        }
    }

    private static double value(JsonNode indicator, Random random) {
        return switch (indicator.get("unit").asText()) {
            case "BOOLEAN" -> random.nextDouble() < 0.85 ? 1 : 0;
            case "COUNT" -> random.nextInt(400);
            case "PERCENT" -> Math.round((20 + random.nextDouble() * 80) * 100) / 100.0;
            default -> Math.round(random.nextDouble() * 1000) / 100.0;
        };
    }

    /** Random scores, ranked by competition rank, with a rank per pillar. */
    private static ObjectNode[] standings(Random random, List<String> pillars) {
        int n = PROVINCES.length / 2;
        double[][] pillarScores = new double[n][pillars.size()];
        double[] scores = new double[n];
        for (int u = 0; u < n; u++) {
            double level = 0.3 + random.nextDouble() * 0.5;
            for (int p = 0; p < pillars.size(); p++) {
                pillarScores[u][p] = Math.max(0, Math.min(1, level + random.nextGaussian() * 0.1));
                scores[u] += pillarScores[u][p] / pillars.size();
            }
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
        ObjectNode[] entries = new ObjectNode[n];
        for (int r = 0; r < n; r++) {
            int u = order[r];
            List<Object> children = new ArrayList<>();
            for (int p = 0; p < pillars.size(); p++) {
                final int pp = p;
                int rank = 1 + (int) Arrays.stream(pillarScores).filter(s -> s[pp] > pillarScores[u][pp]).count();
                children.addAll(List.of(pillars.get(p), pillarScores[u][p], rank));
            }
            entries[r] = Events.entry(r + 1, PROVINCES[2 * u], PROVINCES[2 * u + 1], scores[u], true, 0, children.toArray());
        }
        return entries;
    }
}
