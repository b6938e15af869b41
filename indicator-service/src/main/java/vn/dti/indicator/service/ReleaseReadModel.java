package vn.dti.indicator.service;

import static vn.dti.plumbing.events.EventTypes.RELEASE_PUBLISHED;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.indicator.repository.DisputeRepository;
import vn.dti.indicator.repository.ReleaseRepository;
import vn.dti.plumbing.events.EventTypes;
import vn.dti.plumbing.messaging.EventHandler;
import vn.dti.plumbing.messaging.EventParser.Incoming;
import vn.dti.plumbing.messaging.ProcessedEvents;

/**
 * The indicator-service's one consumed event: {@code dti.release.published.v1} on {@code dti.standings}
 * (the standings versions travelling there are skipped by the plumbing's consumer loop). Each release is
 * kept with the units its standings rank, in ONE transaction with its processed-event row (idempotent by
 * {@code ce_id}, and by release id for a release published again under another id); a revision names
 * the upheld, corrected disputes of earlier revisions it answers, and emits their change.
 */
@ApplicationScoped
public class ReleaseReadModel implements EventHandler {

    private static final Map<EventTypes, Class<?>> CONSUMED = Map.of(RELEASE_PUBLISHED, JsonNode.class);

    @Inject
    ProcessedEvents processed;

    @Inject
    DisputeService disputes;

    @Override
    public Map<EventTypes, Class<?>> consumed() {
        return CONSUMED;
    }

    @Override
    public List<Incoming> apply(List<Incoming> events) {
        return processed.applyOnce(events, this::applyIn);
    }

    private void applyIn(Connection conn, List<Incoming> fresh) throws Exception {
        // in batch order: records of one (framework, period) arrive in revision order (one key, one partition)
        for (Incoming e : fresh) {
            JsonNode p = e.json();
            ReleaseRepository.Release release = new ReleaseRepository.Release(UUID.fromString(p.get("releaseId").asText()),
                    p.get("frameworkCode").asText(), p.get("period").asText(), p.get("revision").asInt(), p.get("version").asInt(),
                    OffsetDateTime.parse(p.get("releasedAt").asText()));
            List<String> units = new ArrayList<>();
            for (JsonNode entry : p.path("standings").path("entries")) {
                units.add(entry.get("unitCode").asText());
            }
            if (ReleaseRepository.insert(conn, release, units)) {
                disputes.revised(DisputeRepository.revised(conn, release.frameworkCode(), release.period(), release.revision(),
                        release.id()));
            }
        }
    }
}
