package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.dti.indicator.Api.as;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.dti.testing.events.EventSchemas;
import vn.dti.testing.kafka.TopicReader;

/**
 * Units change over time (DESIGN §13, issue 12 item 2): PUT /units/{code} replaces names, group, region
 * and ends a unit with validTo, kept as history and announced through the outbox; lineage stays intact.
 */
@QuarkusTest
class UnitUpdateTest {

    @Inject
    Db db;

    static ValidatableResponse put(String code, String body) {
        return as("admin").contentType(ContentType.JSON).body(body).put("/api/v1/units/" + code).then();
    }

    static List<?> violations(String unitChanged) {
        try {
            return List.copyOf(EventSchemas.validate("dti.unit.changed.v1", unitChanged));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void create(String body) {
        as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/units").then().statusCode(201);
    }

    @Test
    void anAdminRenamesRegroupsAndEndsAUnitAsHistoryAndEvents() throws Exception {
        create("""
                {"code": "UPD1", "name": "Bộ Cũ", "type": "MINISTRY", "validFrom": "2020-01-01"}""");
        put("UPD1", """
                {"code": "UPD1", "name": "Bộ Mới", "nameEn": "New Ministry", "type": "MINISTRY", "group": "Group A",
                 "region": "Hà Nội", "validFrom": "2020-01-01", "validTo": "2030-12-31", "predecessors": []}""")
                .statusCode(200).contentType(ContentType.JSON)
                .body("name", equalTo("Bộ Mới")).body("nameEn", equalTo("New Ministry")).body("group", equalTo("Group A"))
                .body("region", equalTo("Hà Nội")).body("validFrom", equalTo("2020-01-01")).body("validTo", equalTo("2030-12-31"));
        as("reviewer").get("/api/v1/units/UPD1?asOf=2030-12-31").then().statusCode(200).body("name", equalTo("Bộ Mới"));
        as("reviewer").get("/api/v1/units/UPD1?asOf=2031-01-01").then().statusCode(404);
        // the same PUT again changes nothing: no history, no event
        long outbox = db.count("outbox_event", "aggregate_id = 'UPD1@2020-01-01'");
        put("UPD1", """
                {"name": "Bộ Mới", "nameEn": "New Ministry", "group": "Group A", "region": "Hà Nội", "validTo": "2030-12-31"}""")
                .statusCode(200).body("name", equalTo("Bộ Mới"));
        assertThat(db.count("outbox_event", "aggregate_id = 'UPD1@2020-01-01'")).isEqualTo(outbox).isEqualTo(2);
        // PUT replaces: an absent optional field is cleared (the group, here), and the unit is valid again
        put("UPD1", "{\"name\": \"Bộ Mới\", \"nameEn\": \"New Ministry\", \"region\": \"Hà Nội\"}").statusCode(200)
                .body("group", nullValue()).body("validTo", nullValue());

        as("committee").get("/api/v1/units/UPD1/history").then().statusCode(200)
                .body("changes.action", contains("CREATED", "UPDATED", "UPDATED"))
                .body("changes.changedBy", contains("admin", "admin", "admin"))
                .body("changes[1].detail.validTo", equalTo("2030-12-31"))
                .body("changes[1].detail.group", equalTo("Group A"))
                .body("changes[2].detail.group", nullValue());

        try (TopicReader reader = new TopicReader("dti.units")) {
            List<TopicReader.Event> events = reader.readUntil(
                    seen -> seen.stream().filter(e -> "UPD1".equals(e.key())).count() >= 3, Duration.ofSeconds(30));
            List<JsonNode> states = events.stream().filter(e -> "UPD1".equals(e.key())).map(e -> {
                assertThat(e.headers()).containsEntry("ce_type", "dti.unit.changed.v1").containsEntry("ce_subject", "UPD1@2020-01-01");
                assertThat(violations(e.value())).as(e.value()).isEmpty();
                return EventsTest.json(e.value());
            }).toList();
            assertThat(states).hasSize(3);
            assertThat(states).extracting(s -> s.get("name").asText()).containsExactly("Bộ Cũ", "Bộ Mới", "Bộ Mới");
            assertThat(states).extracting(s -> s.get("validTo").asText(null)).containsExactly(null, "2030-12-31", null);
            assertThat(states).extracting(s -> s.get("validFrom").asText()).containsOnly("2020-01-01");
            // later states have later changedAt, which is how consumers order them
            OffsetDateTime first = OffsetDateTime.parse(states.get(0).get("changedAt").asText());
            OffsetDateTime second = OffsetDateTime.parse(states.get(1).get("changedAt").asText());
            OffsetDateTime third = OffsetDateTime.parse(states.get(2).get("changedAt").asText());
            assertThat(second).isAfter(first);
            assertThat(third).isAfter(second);
        }
    }

    @Test
    void badInputIsRefusedWithEveryProblemAtOnceAndStoresNothing() {
        create("""
                {"code": "UPD2", "name": "Bộ Hai", "type": "MINISTRY", "validFrom": "2020-01-01"}""");
        String before = db.snapshot();
        long history = db.count("change_history");
        put("UPD2", """
                {"code": "UPD9", "type": "PROVINCE", "validTo": "2019-12-31", "colour": "red", "predecessors": ["01"],
                 "centrallyRun": "yes", "nameEn": ""}""")
                .statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/colour", "/code", "/type", "/predecessors", "/name", "/nameEn",
                        "/centrallyRun", "/validTo"))
                .body("errors.find { it.pointer == '/type' }.code", equalTo("TYPE_FIXED"))
                .body("errors.find { it.pointer == '/type' }.detail", containsString("a unit's type is fixed"))
                .body("errors.find { it.pointer == '/validTo' }.code", equalTo("INVALID_RANGE"))
                .body("errors.find { it.pointer == '/predecessors' }.code", equalTo("LINEAGE_FIXED"));
        put("UPD2", "{\"name\": \"x\", \"validTo\": \"31/12/2030\"}").statusCode(422).body("errors[0].pointer", equalTo("/validTo"));
        put("UPD2", "{\"name\": \"x\", \"validFrom\": \"2020-13-01\"}").statusCode(422).body("errors[0].pointer", equalTo("/validFrom"));
        put("UPD2", "[1]").statusCode(422).body("errors[0].pointer", equalTo(""));
        put("UPD2", "{\"name\": ").statusCode(400).contentType("application/problem+json");
        put("NOSUCH", "{\"name\": \"x\"}").statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("No unit NOSUCH"));
        put("UPD2", "{\"name\": \"x\", \"validFrom\": \"2021-01-01\"}").statusCode(404)
                .body("detail", containsString("no version starting on 2021-01-01"));
        as("reviewer").contentType(ContentType.JSON).body("{\"name\": \"x\"}").put("/api/v1/units/UPD2").then().statusCode(403);
        as("admin").contentType(ContentType.TEXT).body("name=x").put("/api/v1/units/UPD2").then().statusCode(415);
        assertThat(db.snapshot()).isEqualTo(before);
        assertThat(db.count("change_history")).isEqualTo(history);
    }

    @Test
    void aUnitEndsExactlyTheDayBeforeItsSuccessorsStart() {
        create("""
                {"code": "OLD1", "name": "Tỉnh Cũ Một", "type": "PROVINCE", "validFrom": "2020-01-01", "validTo": "2024-12-31"}""");
        create("""
                {"code": "OLD2", "name": "Tỉnh Cũ Hai", "type": "PROVINCE", "validFrom": "2020-01-01", "validTo": "2024-12-31"}""");
        create("""
                {"code": "OLD1", "name": "Tỉnh Hợp Nhất", "type": "PROVINCE", "validFrom": "2025-01-01", "predecessors": ["OLD1", "OLD2"]}""");
        String before = db.snapshot();
        // overlapping the successor (which reuses the code, so the code's next version too)
        put("OLD1", "{\"name\": \"Tỉnh Cũ Một\", \"validFrom\": \"2020-01-01\", \"validTo\": \"2025-06-30\"}").statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("must end by 2024-12-31"));
        put("OLD2", "{\"name\": \"Tỉnh Cũ Hai\", \"validTo\": \"2025-01-01\"}").statusCode(409)
                .body("type", containsString("unit-overlap"))
                .body("detail", containsString("succeeds unit OLD2 from 2025-01-01; unit OLD2 must end on 2024-12-31"));
        put("OLD2", "{\"name\": \"Tỉnh Cũ Hai\"}").statusCode(409).body("detail", containsString("not never"));
        // ending earlier would leave the successor's predecessor missing on 2024-12-31
        put("OLD2", "{\"name\": \"Tỉnh Cũ Hai\", \"validTo\": \"2024-06-30\"}").statusCode(409)
                .body("type", containsString("lineage-broken"))
                .body("detail", containsString("must be valid until 2024-12-31"));
        assertThat(db.snapshot()).isEqualTo(before);
        // the seeded lineage is guarded the same way: Quảng Bình (44 until 2025-06-30) precedes Quảng Trị
        put("45", "{\"name\": \"Quảng Trị\", \"validFrom\": \"2008-08-01\", \"validTo\": \"2025-12-31\"}").statusCode(409)
                .body("detail", containsString("must end on 2025-06-30"));
        // a rename within the rules is fine; the latest version is the default
        put("OLD2", "{\"name\": \"Tỉnh Cũ Hai (đổi tên)\", \"validTo\": \"2024-12-31\"}").statusCode(200)
                .body("name", equalTo("Tỉnh Cũ Hai (đổi tên)"));
        put("OLD1", "{\"name\": \"Tỉnh Hợp Nhất\", \"region\": \"Miền Trung\", \"predecessors\": [\"OLD2\", \"OLD1\"]}").statusCode(200)
                .body("validFrom", equalTo("2025-01-01")).body("region", equalTo("Miền Trung"))
                .body("predecessors", contains("OLD1", "OLD2"));
        as("reviewer").get("/api/v1/units/OLD1?asOf=2024-12-31").then().statusCode(200).body("name", equalTo("Tỉnh Cũ Một"));
    }
}
