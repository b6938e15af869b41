package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A 2025 brief against 2024 across the 2025 boundary (63 provinces → 34 units on 2025-07-01, the
 * real lineage of provinces-34.csv): the 2024 standings are restated on the 34 units.
 *
 * <p>The numbers are chosen so that the restated table is known by hand: the 34 units in the
 * file's order (01, 04, 08, 11, …, 96) are to score R(i) = 0.80 − 0.01·i in 2024 on the 34-unit
 * basis, except Phú Thọ (i = 11) at 0.69996, which rounds to 0.7000 and ties with Bắc Ninh (i = 10,
 * 0.70). Each unit's predecessors score around R(i) with offsets that cancel: +0.05 and −0.05 for
 * two, +0.05, 0 and −0.05 for three (file order), so their plain mean is R(i). Restated ranks: 1 to
 * 11, Phú Thọ 11 (tie), then 13 to 34: the previous rank of unit i is i + 1, Phú Thọ's 11. On the
 * 63 units 01 (0.80 alone) was not first: Tuyên Quang's predecessor 08 had 0.78 + 0.05 = 0.83.
 *
 * <p>2025: every unit scores its R(i) again except Hồ Chí Minh City (79, i = 27, R 0.53), which
 * scores 0.95 and rises from 28th to 1st; the units above it fall one place. Like-for-like mean
 * change: (0.95 − 0.53) / 34. Both pillars carry the unit's score.
 */
@QuarkusTest
class BoundaryBriefTest {

    static final String FW = "T-BOUNDARY";
    static final String DOCUMENT = """
            {"code": "T-BOUNDARY", "name": "Provincial DTI across the boundary", "nameVi": "Chỉ số DTI cấp tỉnh qua sáp nhập",
             "unitType": "PROVINCE", "periodType": "ANNUAL", "rankPrecision": 4, "missingValues": "ZERO",
             "root": {"code": "DTI", "name": "DTI", "children": [
               {"code": "GOV", "name": "Digital government", "nameVi": "Chính quyền số", "weight": 1, "children": [
                 {"code": "G1", "name": "Services", "indicator": {"unit": "PERCENT", "normalization": {"method": "GOALPOSTS", "low": 0, "high": 100}}}]},
               {"code": "ECON", "name": "Digital economy", "nameVi": "Kinh tế số", "weight": 1, "children": [
                 {"code": "E1", "name": "Share", "indicator": {"unit": "PERCENT", "normalization": {"method": "GOALPOSTS", "low": 0, "high": 100}}}]}]},
             "targets": []}""";

    /** A unit of 2025: code, Vietnamese name, predecessors (file order). */
    record Unit2025(String code, String name, List<String> predecessors) {
    }

    @Inject
    Db db;

    private static boolean loaded;

    static List<Unit2025> units2025() {
        List<Unit2025> units = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                BoundaryBriefTest.class.getResourceAsStream("/units/provinces-34.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                units.add(new Unit2025(f[0], f[1], List.of(f[5].split(" "))));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return units;
    }

    static double restated2024(int i) {
        return i == 11 ? 0.69996 : 0.80 - 0.01 * i;
    }

    void load() {
        List<Unit2025> units = units2025();
        assertThat(units).hasSize(34);
        synchronized (BoundaryBriefTest.class) {
            if (!loaded) {
                loaded = true;
                send(units);
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() ->
                db.count("standings", "framework_code = '" + FW + "'") == 2
                        && db.count("framework", "code = '" + FW + "'") == 1
                        && db.count("unit", "valid_from = '2025-07-01'") == 34
                        && db.count("unit", "valid_to = '2025-06-30'") == 63);
    }

    private static void send(List<Unit2025> units) {
        Events.framework(DOCUMENT);
        Map<String, String> names63 = new HashMap<>();
        for (int k = 0; k < FullSizeBriefTest.PROVINCES.length; k += 2) {
            names63.put(FullSizeBriefTest.PROVINCES[k], FullSizeBriefTest.PROVINCES[k + 1]);
        }
        assertThat(names63).hasSize(63);
        names63.forEach((code, name) -> Events.unitVersion(code, name, null, "PROVINCE", null, "2008-08-01", "2025-06-30"));
        List<double[]> scores2024 = new ArrayList<>();
        List<String> codes2024 = new ArrayList<>();
        List<ObjectNode> entries2025 = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit2025 u = units.get(i);
            Events.unitVersion(u.code(), u.name(), null, "PROVINCE", null, "2025-07-01", null, u.predecessors().toArray(String[]::new));
            double[] offsets = switch (u.predecessors().size()) {
                case 1 -> new double[] {0};
                case 2 -> new double[] {0.05, -0.05};
                default -> new double[] {0.05, 0, -0.05};
            };
            for (int p = 0; p < offsets.length; p++) {
                codes2024.add(u.predecessors().get(p));
                scores2024.add(new double[] {restated2024(i) + offsets[p]});
            }
            double now = u.code().equals("79") ? 0.95 : restated2024(i);
            entries2025.add(entry(0, u.code(), u.name(), now));
        }
        assertThat(codes2024).hasSize(63).doesNotHaveDuplicates();
        List<ObjectNode> entries2024 = new ArrayList<>();
        for (int k = 0; k < codes2024.size(); k++) {
            entries2024.add(entry(0, codes2024.get(k), names63.get(codes2024.get(k)), scores2024.get(k)[0]));
        }
        Events.standings(FW, "2024", 1, "DTI", ranked(entries2024));
        Events.standings(FW, "2025", 1, "DTI", ranked(entries2025));
    }

    private static ObjectNode entry(int rank, String code, String name, double score) {
        return Events.entry(rank, code, name, score, true, 0, "GOV", score, rank, "ECON", score, rank);
    }

    /** Competition ranks on 4 decimals (inputs only: the published tables the brief reads). */
    private static ObjectNode[] ranked(List<ObjectNode> entries) {
        List<ObjectNode> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingDouble((ObjectNode e) -> -e.get("score").asDouble()).thenComparing(e -> e.get("unitCode").asText()));
        long previous = Long.MIN_VALUE;
        int rank = 0;
        for (int k = 0; k < sorted.size(); k++) {
            long key = Math.round(sorted.get(k).get("score").asDouble() * 10_000);
            if (key != previous) {
                rank = k + 1;
                previous = key;
            }
            ObjectNode e = sorted.get(k);
            ObjectNode again = entry(rank, e.get("unitCode").asText(), e.get("unitName").asText(), e.get("score").asDouble());
            sorted.set(k, again);
        }
        return sorted.toArray(ObjectNode[]::new);
    }

    private JsonPath brief(String language) {
        load();
        return Api.json(Api.create(Api.request("DTI 2025", FW, "2025", "2024", language)));
    }

    @Test
    void everyUnitHasItsRankOnThe34UnitBasisAndTheMeanChangeIsLikeForLike() {
        JsonPath b = brief("en");
        List<Unit2025> units = units2025();
        Map<String, Integer> previousRank = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            previousRank.put(units.get(i).code(), i == 11 ? 11 : i + 1);
        }
        List<String> codes = b.getList("ranking.unitCode");
        assertThat(codes).hasSize(34).containsExactlyInAnyOrderElementsOf(previousRank.keySet());
        for (int k = 0; k < codes.size(); k++) {
            String code = codes.get(k);
            assertThat(b.getInt("ranking[" + k + "].previousRank")).as("previous rank of %s", code).isEqualTo(previousRank.get(code));
            assertThat(b.getInt("ranking[" + k + "].rankChange")).as("rank change of %s", code)
                    .isEqualTo(previousRank.get(code) - b.getInt("ranking[" + k + "].rank"));
        }
        // 01 stands for itself: its own 2024 score, 1st of the 34 (it was behind 08's 0.83 on the 63)
        int hn = codes.indexOf("01");
        assertThat(b.getDouble("ranking[" + hn + "].previousScore")).isCloseTo(0.80, within(1e-12));
        assertThat(b.getInt("ranking[" + hn + "].rank")).isEqualTo(2);
        assertThat(b.getInt("ranking[" + hn + "].rankChange")).isEqualTo(-1);
        // 79 ← 79, 74, 77: (0.58 + 0.53 + 0.48) / 3 = 0.53, 28th; now 0.95, 1st
        assertThat(codes.get(0)).isEqualTo("79");
        assertThat(b.getInt("ranking[0].previousRank")).isEqualTo(28);
        assertThat(b.getDouble("ranking[0].previousScore")).isCloseTo(0.53, within(1e-12));
        assertThat(b.getInt("ranking[0].rankChange")).isEqualTo(27);
        assertThat(b.getString("movers.up[0].unitCode")).isEqualTo("79");
        assertThat(b.getInt("movers.up[0].previousRank")).isEqualTo(28);
        assertThat(b.getList("movers.up")).hasSize(1);
        assertThat(b.getList("movers.down.rankChange", Integer.class)).isNotEmpty().allSatisfy(c -> assertThat(c).isEqualTo(-1));
        // Phú Thọ and Bắc Ninh tied 11th in 2024 (0.69996 and 0.70 both publish 0.7000); both 12th now
        int phuTho = codes.indexOf("25");
        int bacNinh = codes.indexOf("24");
        assertThat(b.getInt("ranking[" + phuTho + "].previousRank")).isEqualTo(11);
        assertThat(b.getInt("ranking[" + bacNinh + "].previousRank")).isEqualTo(11);
        assertThat(b.getInt("ranking[" + phuTho + "].rank")).isEqualTo(12);

        // like for like: sum of R(i) = 34 × 0.80 − 0.01 × (0 + … + 33) + 0.00996 = 21.59996
        assertThat(b.getDouble("headline.compareMeanScore")).isCloseTo(21.59996 / 34, within(1e-9));
        assertThat(b.getDouble("headline.meanChange")).isCloseTo((0.95 - 0.53) / 34, within(1e-9));
        assertThat(b.getDouble("headline.meanScore")).isCloseTo((21.59996 + 0.42) / 34, within(1e-9));

        assertThat(b.getString("compareBasis.basis")).isEqualTo("RESTATED");
        assertThat(b.getString("compareBasis.asOf")).isEqualTo("2025-12-31");
        assertThat(b.getString("compareBasis.rule")).isEqualTo("MEAN_OF_PREDECESSORS");
        assertThat(b.getInt("compareBasis.unitsCompared")).isEqualTo(34);
        assertThat(b.getInt("compareBasis.compareUnits")).isEqualTo(63);
        // 17 mergers of two and 6 of three (unchanged units name only themselves and are not listed)
        assertThat(b.getList("compareBasis.mergedUnits")).hasSize(23);
        int hcm = b.getList("compareBasis.mergedUnits.unitCode").indexOf("79");
        assertThat(b.getList("compareBasis.mergedUnits[" + hcm + "].predecessors")).containsExactly("74", "77", "79");
        String sentence = "Ranks and the mean change against 2024 are on the 34 provinces of 2025: the 63 provinces of 2024 are "
                + "restated on them, a merged unit scoring the plain mean of its predecessors.";
        assertThat(b.getString("compareBasis.sentence")).isEqualTo(sentence);
        assertThat(b.getList("summary", String.class)).contains(sentence);
    }

    @Test
    void theBasisIsSaidInVietnameseToo() {
        JsonPath b = brief("vi");
        String sentence = "Thứ hạng và mức thay đổi điểm trung bình so với kỳ 2024 được tính trên 34 tỉnh, thành phố của kỳ 2025: "
                + "kết quả của 63 tỉnh, thành phố kỳ 2024 được tính lại trên các đơn vị này, mỗi đơn vị hợp nhất lấy trung bình "
                + "cộng điểm của các đơn vị trước hợp nhất.";
        assertThat(b.getString("compareBasis.sentence")).isEqualTo(sentence);
        assertThat(b.getList("summary", String.class)).contains(sentence);
        assertThat(b.getList("ranking.previousRank")).hasSize(34).doesNotContainNull();
        String markdown = Api.read("/api/v1/briefs/" + b.getString("id"), "text/markdown").asString();
        assertThat(markdown).contains(sentence);
    }

    @Test
    void withoutAComparePeriodTheBriefHasNoBasisAndNoPreviousRanks() {
        load();
        JsonPath b = Api.json(Api.create(Api.request("DTI 2025", FW, "2025", null, "en")));
        assertThat(b.getMap("$")).doesNotContainKey("compareBasis");
        assertThat(b.getList("ranking.previousRank")).containsOnlyNulls();
        assertThat(b.getString("comparePeriod")).isNull();
    }
}
