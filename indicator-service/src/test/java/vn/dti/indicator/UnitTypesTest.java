package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.dti.indicator.Api.as;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.dti.testing.events.EventSchemas;
import vn.dti.testing.kafka.TopicReader;

/**
 * Unit types are data (DESIGN §13, issue 12 item 1): PROVINCE and MINISTRY are seeded, an admin defines
 * others, and units and frameworks may use any defined type, never an undefined one.
 */
@QuarkusTest
class UnitTypesTest {

    @Inject
    Db db;

    static String countries(String code, String unitGroup) {
        return """
                {"name": "E-government development (test)", "unitType": "COUNTRY", %s "periodType": "ANNUAL",
                 "root": {"code": "EGDI", "children": [
                   {"code": "OSI", "indicator": {"unit": "NUMBER", "normalization": {"method": "NONE"}}},
                   {"code": "TII", "indicator": {"unit": "NUMBER", "normalization": {"method": "NONE"}}},
                   {"code": "HCI", "indicator": {"unit": "NUMBER", "normalization": {"method": "NONE"}}}]}}"""
                .formatted(unitGroup == null ? "" : "\"unitGroup\": \"" + unitGroup + "\",");
    }

    @Test
    void provinceAndMinistryAreSeededAndAnyCallerListsThem() {
        as("submitter").get("/api/v1/unit-types").then().statusCode(200)
                .body("code", hasItems("MINISTRY", "PROVINCE"))
                .body("find { it.code == 'PROVINCE' }.nameVi", equalTo("Tỉnh, thành phố trực thuộc trung ương"));
        as("reviewer").get("/api/v1/unit-types/MINISTRY").then().statusCode(200).body("name", equalTo("Ministry or ministry-level agency"));
        as("reviewer").get("/api/v1/unit-types/NO_SUCH").then().statusCode(404).contentType("application/problem+json");
        as("reviewer").get("/api/v1/unit-types/bad-code").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCountryTypeHoldsUnitsAndAFrameworkThatIsPublishedWithIt() throws Exception {
        as("admin").contentType(ContentType.JSON).body("{\"code\": \"COUNTRY\", \"name\": \"Nation\"}")
                .put("/api/v1/unit-types/COUNTRY").then().statusCode(201)
                .header("Location", containsString("/api/v1/unit-types/COUNTRY"))
                .body("code", equalTo("COUNTRY")).body("name", equalTo("Nation")).body("nameVi", nullValue());
        // the same PUT again renames: 200, created stays, changed moves
        String created = as("admin").get("/api/v1/unit-types/COUNTRY").then().extract().path("createdAt");
        as("admin").contentType(ContentType.JSON).body("{\"name\": \"Country\", \"nameVi\": \"Quốc gia\"}")
                .put("/api/v1/unit-types/COUNTRY").then().statusCode(200)
                .body("name", equalTo("Country")).body("nameVi", equalTo("Quốc gia")).body("createdAt", equalTo(created));
        as("committee").get("/api/v1/unit-types").then().statusCode(200).body("code", hasItem("COUNTRY"));
        assertThat(db.count("change_history", "entity = 'UNIT_TYPE' and entity_key = 'COUNTRY'")).isEqualTo(2);

        for (String[] c : List.of(new String[] {"VNM", "Việt Nam"}, new String[] {"THA", "Thái Lan"}, new String[] {"SGP", "Singapore"})) {
            as("admin").contentType(ContentType.JSON).body("""
                    {"code": "%s", "name": "%s", "type": "COUNTRY", "region": "South-Eastern Asia", "validFrom": "2020-01-01"}"""
                    .formatted(c[0], c[1])).post("/api/v1/units").then().statusCode(201).body("type", equalTo("COUNTRY"));
        }
        as("reviewer").get("/api/v1/units?type=COUNTRY&asOf=2024-12-31").then().statusCode(200)
                .body("code", contains("SGP", "THA", "VNM"));
        as("reviewer").get("/api/v1/units?type=PROVINCE&asOf=2024-12-31").then().statusCode(200).body("code", not(hasItem("VNM")));

        as("admin").contentType(ContentType.JSON).body(countries("EGDI-T", null)).put("/api/v1/frameworks/EGDI-T").then().statusCode(201)
                .body("unitType", equalTo("COUNTRY"));
        as("admin").post("/api/v1/frameworks/EGDI-T/publish").then().statusCode(200);
        as("admin").contentType(ContentType.JSON).body("""
                {"unitCode": "VNM", "frameworkCode": "EGDI-T", "period": "2024",
                 "values": [{"indicatorCode": "OSI", "value": 0.8}, {"indicatorCode": "TII", "value": 0.7}, {"indicatorCode": "HCI", "value": 0.75}]}""")
                .post("/api/v1/submissions").then().statusCode(201);
        // a province is not a country
        as("admin").contentType(ContentType.JSON).body("""
                {"unitCode": "01", "frameworkCode": "EGDI-T", "period": "2024", "values": [{"indicatorCode": "OSI", "value": 0.8}]}""")
                .post("/api/v1/submissions").then().statusCode(422).body("errors[0].code", equalTo("UNIT_TYPE_MISMATCH"));
        as("reviewer").get("/api/v1/completeness/EGDI-T/2024").then().statusCode(200)
                .body("units.unitCode", contains("SGP", "THA", "VNM"));

        // both announcements carry the new type and match their (widened) schemas
        try (TopicReader reader = new TopicReader("dti.units")) {
            List<TopicReader.Event> events = reader.readUntil(seen -> seen.stream().filter(e -> List.of("VNM", "THA", "SGP").contains(e.key()))
                    .count() >= 3, Duration.ofSeconds(30));
            List<TopicReader.Event> countries = events.stream().filter(e -> List.of("VNM", "THA", "SGP").contains(e.key())).toList();
            assertThat(countries).hasSize(3).allSatisfy(e -> {
                assertThat(EventSchemas.validate("dti.unit.changed.v1", e.value())).as(e.value()).isEmpty();
                assertThat(EventsTest.json(e.value()).get("type").asText()).isEqualTo("COUNTRY");
            });
        }
        try (TopicReader reader = new TopicReader("dti.frameworks")) {
            List<TopicReader.Event> events = reader.readUntil(seen -> seen.stream().anyMatch(e -> "EGDI-T".equals(e.key())), Duration.ofSeconds(30));
            TopicReader.Event published = events.stream().filter(e -> "EGDI-T".equals(e.key())).findFirst().orElseThrow();
            assertThat(EventSchemas.validate("dti.framework.published.v1", published.value())).isEmpty();
            assertThat(EventsTest.json(published.value()).get("unitType").asText()).isEqualTo("COUNTRY");
            assertThat(EventsTest.json(published.value()).has("unitGroup")).isFalse();
        }
    }

    @Test
    void aBadUnitTypeIsRefusedWithEveryProblemAtOnceAndStoresNothing() {
        long types = db.count("unit_type");
        long history = db.count("change_history");
        as("admin").contentType(ContentType.JSON).body("{\"code\": \"OTHER\", \"nameVi\": \"\", \"colour\": \"red\"}")
                .put("/api/v1/unit-types/district").then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/code", "/code", "/name", "/nameVi", "/colour"))
                .body("errors.code", hasItems("INVALID_FORMAT", "CODE_MISMATCH", "REQUIRED", "UNKNOWN_FIELD"));
        as("admin").contentType(ContentType.JSON).body("{\"name\": \"" + "n".repeat(201) + "\"}")
                .put("/api/v1/unit-types/" + "D".repeat(17)).then().statusCode(422)
                .body("errors.pointer", containsInAnyOrder("/code", "/name"));
        as("admin").contentType(ContentType.JSON).body("[]").put("/api/v1/unit-types/DISTRICT").then().statusCode(422)
                .body("errors[0].pointer", equalTo(""));
        as("admin").contentType(ContentType.JSON).body("{\"name\": ").put("/api/v1/unit-types/DISTRICT").then().statusCode(400)
                .contentType("application/problem+json");
        as("admin").contentType(ContentType.TEXT).body("name=x").put("/api/v1/unit-types/DISTRICT").then().statusCode(415);
        as("reviewer").contentType(ContentType.JSON).body("{\"name\": \"District\"}").put("/api/v1/unit-types/DISTRICT").then().statusCode(403);
        assertThat(db.count("unit_type")).isEqualTo(types);
        assertThat(db.count("change_history")).isEqualTo(history);
    }

    @Test
    void unitsAndFrameworksNamingAnUndefinedTypeAre422WithPointers() {
        String before = db.snapshot();
        as("admin").contentType(ContentType.JSON).body("""
                {"code": "TWN1", "name": "Thị xã", "type": "TOWN", "validTo": "2019-01-01", "validFrom": "2020-01-01"}""")
                .post("/api/v1/units").then().statusCode(422)
                .body("errors.pointer", containsInAnyOrder("/type", "/validTo"))
                .body("errors.find { it.pointer == '/type' }.code", equalTo("UNKNOWN_UNIT_TYPE"))
                .body("errors.find { it.pointer == '/type' }.detail", containsString("PUT /api/v1/unit-types/TOWN"));
        as("admin").contentType(ContentType.JSON).body("{\"code\": \"TWN1\", \"name\": \"Thị xã\", \"type\": \"town\"}")
                .post("/api/v1/units").then().statusCode(422).body("errors[0].pointer", equalTo("/type"));
        // every problem of the framework at once: the undefined type and a bad rankPrecision
        as("admin").contentType(ContentType.JSON).body(countries("TOWNS", null).replace("COUNTRY", "TOWN")
                        .replace("\"periodType\"", "\"rankPrecision\": 11, \"periodType\""))
                .put("/api/v1/frameworks/TOWNS").then().statusCode(422)
                .body("errors.pointer", containsInAnyOrder("/unitType", "/rankPrecision"))
                .body("errors.find { it.pointer == '/unitType' }.code", equalTo("UNKNOWN_UNIT_TYPE"));
        as("admin").contentType(ContentType.JSON).body(countries("TOWNS", "").replace("COUNTRY", "Town!"))
                .put("/api/v1/frameworks/TOWNS").then().statusCode(422)
                .body("errors.pointer", containsInAnyOrder("/unitType", "/unitGroup"));
        as("reviewer").get("/api/v1/units?type=TOWN").then().statusCode(400).contentType("application/problem+json");
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void aUnitCannotSucceedUnitsOfAnotherType() {
        as("admin").contentType(ContentType.JSON).body("""
                {"code": "PTM1", "name": "Bộ Tiền Thân", "type": "MINISTRY", "validFrom": "2020-01-01", "validTo": "2024-12-31"}""")
                .post("/api/v1/units").then().statusCode(201);
        String before = db.snapshot();
        as("admin").contentType(ContentType.JSON).body("""
                {"code": "PTM2", "name": "Tỉnh Mới", "type": "PROVINCE", "validFrom": "2025-01-01", "predecessors": ["PTM1"]}""")
                .post("/api/v1/units").then().statusCode(422)
                .body("errors[0].pointer", equalTo("/predecessors/0"))
                .body("errors[0].code", equalTo("PREDECESSOR_TYPE_MISMATCH"))
                .body("errors[0].detail", containsString("a PROVINCE can only succeed units of its own type"));
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void aFrameworkWithAUnitGroupRanksOnlyThatGroupAndAnnouncesIt() throws Exception {
        String group = "Ministries providing public services (test)";
        as("admin").contentType(ContentType.JSON).body("""
                {"code": "GRA1", "name": "Bộ Nhóm A", "type": "MINISTRY", "group": "%s", "validFrom": "2020-01-01"}""".formatted(group))
                .post("/api/v1/units").then().statusCode(201).body("group", equalTo(group));
        as("admin").contentType(ContentType.JSON).body("""
                {"code": "GRB1", "name": "Bộ Nhóm B", "type": "MINISTRY", "group": "Other ministries (test)", "validFrom": "2020-01-01"}""")
                .post("/api/v1/units").then().statusCode(201);
        String fw = countries("MIN-GROUP-A", group).replace("COUNTRY", "MINISTRY");
        as("admin").contentType(ContentType.JSON).body(fw).put("/api/v1/frameworks/MIN-GROUP-A").then().statusCode(201)
                .body("unitGroup", equalTo(group));
        as("admin").post("/api/v1/frameworks/MIN-GROUP-A/publish").then().statusCode(200).body("unitGroup", equalTo(group));
        as("committee").get("/api/v1/frameworks/MIN-GROUP-A").then().statusCode(200).body("unitGroup", equalTo(group));
        String values = "\"values\": [{\"indicatorCode\": \"OSI\", \"value\": 0.5}]";
        as("admin").contentType(ContentType.JSON)
                .body("{\"unitCode\": \"GRA1\", \"frameworkCode\": \"MIN-GROUP-A\", \"period\": \"2024\", " + values + "}")
                .post("/api/v1/submissions").then().statusCode(201);
        as("admin").contentType(ContentType.JSON)
                .body("{\"unitCode\": \"GRB1\", \"frameworkCode\": \"MIN-GROUP-A\", \"period\": \"2024\", " + values + "}")
                .post("/api/v1/submissions").then().statusCode(422)
                .body("errors[0].code", equalTo("UNIT_GROUP_MISMATCH")).body("errors[0].pointer", equalTo("/unitCode"));
        // the to-do list of the group's framework names only the group's ministries
        as("reviewer").get("/api/v1/completeness/MIN-GROUP-A/2024").then().statusCode(200).body("units.unitCode", contains("GRA1"));
        as("reviewer").get("/api/v1/reviews/MIN-GROUP-A/2024").then().statusCode(200).body("units.unitCode", contains("GRA1"));
        try (TopicReader reader = new TopicReader("dti.frameworks")) {
            List<TopicReader.Event> events = reader.readUntil(seen -> seen.stream().anyMatch(e -> "MIN-GROUP-A".equals(e.key())),
                    Duration.ofSeconds(30));
            TopicReader.Event published = events.stream().filter(e -> "MIN-GROUP-A".equals(e.key())).findFirst().orElseThrow();
            assertThat(EventSchemas.validate("dti.framework.published.v1", published.value())).isEmpty();
            JsonNode payload = EventsTest.json(published.value());
            assertThat(payload.get("unitGroup").asText()).isEqualTo(group);
            assertThat(payload.get("unitType").asText()).isEqualTo("MINISTRY");
        }
    }
}
