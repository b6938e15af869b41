package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The unit read model follows PUT /units/{code} (issue 12 item 2): a later state of a unit version
 * (same code and validFrom, later changedAt) replaces names, region and validTo; an older state that
 * arrives later, alone or in one batch after the newer one, changes nothing.
 */
@QuarkusTest
class UnitChangesTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Db db;

    /** A unit version of a type of its own (no brief of another test sees it) with a chosen changedAt. */
    static String unitState(String code, String name, String region, String validTo, OffsetDateTime changedAt) {
        ObjectNode u = Events.JSON.createObjectNode();
        u.put("code", code).put("name", name).putNull("nameEn").put("type", "REPORT_TEST").putNull("group")
                .put("region", region).put("centrallyRun", false).put("validFrom", "2060-01-01").put("validTo", validTo);
        u.putArray("predecessors");
        u.put("changedAt", Events.RFC3339.format(changedAt));
        return u.toString();
    }

    String state(String code) {
        return db.text("select name || '|' || coalesce(region, '-') || '|' || coalesce(cast(valid_to as varchar), '-') from unit where code = '"
                + code + "' and valid_from = date '2060-01-01'");
    }

    @Test
    void aLaterStateOfAUnitVersionWinsWhateverTheOrderOfDelivery() {
        OffsetDateTime created = OffsetDateTime.now().minusMinutes(10);
        OffsetDateTime updated = OffsetDateTime.now();
        Events.send("dti.units", "RU1", "dti.unit.changed.v1", unitState("RU1", "Đơn vị Một", "Vùng A", null, created));
        await().atMost(WAIT).until(() -> "Đơn vị Một|Vùng A|-".equals(state("RU1")));

        // renamed, moved to another region and ended
        Events.send("dti.units", "RU1", "dti.unit.changed.v1", unitState("RU1", "Đơn vị Một (mới)", "Vùng B", "2060-12-31", updated));
        await().atMost(WAIT).until(() -> "Đơn vị Một (mới)|Vùng B|2060-12-31".equals(state("RU1")));

        // an older state arriving alone, then a newer and an older one in one batch
        List<String> late = List.of(
                Events.send("dti.units", "RU1", "dti.unit.changed.v1", unitState("RU1", "Đơn vị Một", "Vùng A", null, created.plusMinutes(1))));
        Events.sendAll(List.of(
                Events.record("dti.units", "RU2", "dti.unit.changed.v1", unitState("RU2", "Đơn vị Hai (mới)", "Vùng C", null, updated)),
                Events.record("dti.units", "RU2", "dti.unit.changed.v1", unitState("RU2", "Đơn vị Hai (cũ)", "Vùng D", null, created))));
        // a later record of each key (same partition) tells that what came before it was consumed
        String markerOne = Events.send("dti.units", "RU1", "dti.unit.changed.v1",
                unitState("RU1", "Đơn vị Một (mới)", "Vùng B", "2060-12-31", updated).replace("2060-01-01", "2070-01-01"));
        String markerTwo = Events.send("dti.units", "RU2", "dti.unit.changed.v1",
                unitState("RU2", "Đơn vị Hai", "Vùng C", null, updated).replace("2060-01-01", "2070-01-01"));
        await().atMost(WAIT).until(() -> db.processed(late) == 1 && db.processed(List.of(markerOne, markerTwo)) == 2);
        assertThat(state("RU1")).isEqualTo("Đơn vị Một (mới)|Vùng B|2060-12-31");
        assertThat(state("RU2")).isEqualTo("Đơn vị Hai (mới)|Vùng C|-");
    }
}
