package vn.dti.report.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.report.mapping.BriefSummary;
import vn.dti.report.repository.BriefPublicationRepository;
import vn.dti.report.repository.BriefRepository.BriefRow;

/**
 * DRAFT → PUBLISHED (DESIGN §12). Publishing is one-way and happens once: publishing a published
 * brief is 409 (so who published it and when never changes). The brief's row is locked first, so two
 * concurrent publications give one 200 and one 409.
 */
@ApplicationScoped
public class BriefPublicationService {

    @Inject
    BriefPublicationRepository repository;

    @Inject
    MeterRegistry metrics;

    @Transactional
    public BriefSummary publish(String id, String by) {
        UUID uuid = briefId(id);
        BriefRow row = repository.rowForUpdate(uuid).orElseThrow(() -> ProblemException.notFound("No brief " + id + "."));
        if (!"DRAFT".equals(row.status())) {
            throw ProblemException.conflict("already-published", "Brief already published",
                    "Brief " + id + " was published at " + row.publishedAt() + " by " + row.publishedBy() + ".");
        }
        BriefRow published = repository.publish(uuid, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), by);
        metrics.counter("dti.briefs.published").increment();
        return BriefSummary.of(published);
    }

    /** A brief id from a path: anything that is not a UUID names no brief (404, like an unknown one). */
    static UUID briefId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No brief " + id + ".");
        }
    }
}
