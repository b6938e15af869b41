package vn.dti.ranking.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.dti.plumbing.events.EventTypes;
import vn.dti.plumbing.metrics.Freshness;
import vn.dti.plumbing.outbox.Outbox;
import vn.dti.plumbing.period.PeriodCode;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.ranking.engine.Dataset;
import vn.dti.ranking.engine.Framework;
import vn.dti.ranking.engine.ScoringEngine;
import vn.dti.ranking.engine.Scores;
import vn.dti.ranking.mapping.FrameworkDocuments;
import vn.dti.ranking.mapping.StandingsView;
import vn.dti.ranking.repository.StandingsRepository;
import vn.dti.ranking.repository.StandingsRepository.Key;

/**
 * Computes new standings versions and serves snapshots of the latest one.
 *
 * <p>A recompute runs in one transaction: it takes the (framework, period)'s lock, reads the
 * change counter, loads the inputs (all changes up to that counter are committed and visible),
 * scores, writes version = previous + 1 and its {@code dti.standings.recomputed.v1} event to the
 * outbox, and records the counter as computed. Changes committed meanwhile leave the counter
 * ahead, so the worker computes again: bursts coalesce, nothing is missed.
 */
@ApplicationScoped
public class StandingsService {

    private static final Logger LOG = Logger.getLogger(StandingsService.class);

    @Inject
    DataSource dataSource;

    @Inject
    StandingsRepository repository;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    @Inject
    Freshness freshness;

    /** The consumer's commit that dirtied the standings (standings_state.dirty_since) → the recompute that covers it starts. */
    public static final String RECOMPUTE_STARTED = "dti.freshness.recompute.started";
    /** A recompute's start → its version committed (lock, inputs, engine, the version and its outbox event written). */
    public static final String VERSION_COMMITTED = "dti.freshness.version.committed";

    /** The latest snapshot per (framework, period, basis), rebuilt from the database when its version moved. */
    private final Map<String, Snapshot> cache = new ConcurrentHashMap<>();

    private static String cacheKey(Key key, String basis) {
        return key + "#" + basis;
    }

    /** Recomputes one (framework, period) if it is still dirty; returns the new version, or empty. */
    public Optional<Snapshot> recompute(Key key) {
        Timer.Sample sample = Timer.start(metrics);
        Instant started = Instant.now();
        AtomicReference<OffsetDateTime> dirtySince = new AtomicReference<>();
        Optional<Snapshot> result = QuarkusTransaction.requiringNew().timeout(300).call(() -> {
            try (Connection conn = dataSource.getConnection()) {
                return recompute(conn, key, dirtySince);
            }
        });
        result.ifPresent(s -> {
            // read with the state the recompute needs anyway: no round trip for the metric
            freshness.record(RECOMPUTE_STARTED, dirtySince.get(), started);
            freshness.record(VERSION_COMMITTED, Duration.between(started, Instant.now()));
            sample.stop(metrics.timer("dti.recompute.duration", "framework", key.frameworkCode()));
            cache.merge(cacheKey(key, s.basis()), s, (a, b) -> b.version() > a.version() ? b : a);
        });
        return result;
    }

    private Optional<Snapshot> recompute(Connection conn, Key key, AtomicReference<OffsetDateTime> dirtySince) throws Exception {
        repository.lock(conn, key);
        StandingsRepository.State state = repository.state(conn, key).orElse(null);
        if (state == null || state.computedSeq() >= state.changeSeq()) {
            return Optional.empty(); // another replica (or round) covered it
        }
        dirtySince.set(state.dirtySince());
        StandingsRepository.FrameworkRow fw = repository.framework(conn, key.frameworkCode()).orElse(null);
        if (fw == null) {
            return Optional.empty(); // stays dirty; the publication will bring it back
        }
        PeriodCode period = PeriodCode.parse(key.period());
        if (period == null || !period.fits(fw.periodType())) {
            // indicator-service never accepts such a pair; nothing to rank, and not worth retrying
            LOG.warnf("Period %s does not fit framework %s (%s); no standings", key.period(), key.frameworkCode(), fw.periodType());
            repository.markComputed(conn, key, state.changeSeq());
            return Optional.empty();
        }
        JsonNode document = json.readTree(fw.document());
        Framework framework = FrameworkDocuments.toEngine(document);
        StandingsRepository.Units units = repository.units(conn, fw.unitType(), fw.unitGroup(), state.endsOn());
        String[] indicators = framework.indicatorCodes();
        // Both bases when the framework requires approval; the event carries its default basis (approved).
        String published = fw.requireApproval() ? StandingsRepository.APPROVED : StandingsRepository.SUBMITTED;
        List<String> bases = fw.requireApproval()
                ? List.of(StandingsRepository.SUBMITTED, StandingsRepository.APPROVED) : List.of(StandingsRepository.SUBMITTED);
        Snapshot result = null;
        for (String basis : bases) {
            double[][] values = new double[indicators.length][units.codes().length];
            UUID[][] sources = new UUID[indicators.length][units.codes().length];
            repository.fillValues(conn, key, basis, Dataset.index(units.codes()), Dataset.index(indicators), values, sources);
            Dataset dataset = new Dataset(units.codes(), indicators, values);
            Scores scores = ScoringEngine.score(framework, dataset);

            int version = repository.version(conn, key, basis) + 1;
            OffsetDateTime computedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
            StandingsView view = StandingsView.of(key.frameworkCode(), key.period(), version, computedAt, basis, scores,
                    units.names(), Scores.ROOT);
            String body = json.writeValueAsString(view);
            if (!repository.save(conn, key, basis, version, computedAt, fw.version(), body)) {
                throw new IllegalStateException("standings " + key + " (" + basis + ") version " + version + " is not newer than the stored one");
            }
            // every version is kept (issue 11): served again byte for byte, with its inputs and their provenance
            repository.saveVersion(conn, key, basis, version, computedAt, state.changeSeq(), fw.version(), fw.document(), units,
                    indicators, values, sources, body);
            Snapshot snapshot = new Snapshot(key.frameworkCode(), key.period(), version, computedAt, document, framework,
                    dataset, units.names(), units.validFrom(), scores, basis, sources);
            if (basis.equals(published)) {
                // aggregate id = ce_subject: {frameworkCode}/{period}, as docs/events/cloudevents.md says
                outbox.append(EventTypes.STANDINGS_RECOMPUTED, key.toString(), key.toString(), body);
                result = snapshot;
            } else {
                cache.merge(cacheKey(key, basis), snapshot, (a, b) -> b.version() > a.version() ? b : a);
            }
        }
        repository.markComputed(conn, key, state.changeSeq());
        return Optional.ofNullable(result);
    }

    /** The basis served when none is asked for: approved for a framework that requires approval; empty for an unknown framework. */
    public Optional<String> defaultBasis(String frameworkCode) {
        try (Connection conn = dataSource.getConnection()) {
            return repository.defaultBasis(conn, frameworkCode);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The basis to serve: {@code requested} (submitted or approved) or the framework's default. A framework
     * without requireApproval has one basis: both names serve its (submitted) standings.
     */
    public String basis(String frameworkCode, String requested) {
        String dflt = defaultBasis(frameworkCode).orElse(StandingsRepository.SUBMITTED);
        if (StandingsRepository.SUBMITTED.equals(dflt)) {
            return StandingsRepository.SUBMITTED; // one basis
        }
        return requested == null ? dflt : requested;
    }

    /** The stored body of the latest standings ranked by the root (no recomputation), or empty. */
    public Optional<String> latestBody(Key key) {
        return latestBody(key, StandingsRepository.SUBMITTED);
    }

    public Optional<String> latestBody(Key key, String basis) {
        try (Connection conn = dataSource.getConnection()) {
            return repository.body(conn, key, basis);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The latest snapshot: from memory when its version is still the stored one, else rebuilt from the stored inputs. */
    public Optional<Snapshot> latest(Key key) {
        return latest(key, basis(key.frameworkCode(), null));
    }

    public Optional<Snapshot> latest(Key key, String basis) {
        try (Connection conn = dataSource.getConnection()) {
            int version = repository.version(conn, key, basis);
            if (version == 0) {
                return Optional.empty();
            }
            Snapshot cached = cache.get(cacheKey(key, basis));
            if (cached != null && cached.version() == version) {
                return Optional.of(cached);
            }
            Optional<Snapshot> loaded = repository.loadLatest(conn, key, basis).map(stored -> rebuild(key, basis, stored));
            loaded.ifPresent(s -> cache.merge(cacheKey(key, basis), s, (a, b) -> b.version() > a.version() ? b : a));
            return loaded;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The body of version {@code version} on {@code basis} exactly as first served; 404 for a version that never
     * existed, 410 for one dropped by retention (never another version).
     */
    public String versionBody(Key key, String basis, int version) {
        try (Connection conn = dataSource.getConnection()) {
            StandingsRepository.Lookup<String> body = repository.versionBody(conn, key, basis, version);
            if (!body.exists()) {
                throw versionMissing(key, basis, version, body.dropped());
            }
            return body.found();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The snapshot of version {@code version}, rebuilt from its stored inputs (the engine is deterministic); 404 or 410 as above. */
    public Snapshot version(Key key, String basis, int version) {
        try (Connection conn = dataSource.getConnection()) {
            StandingsRepository.Lookup<StandingsRepository.Stored> stored = repository.loadVersion(conn, key, basis, version);
            if (!stored.exists()) {
                throw versionMissing(key, basis, version, stored.dropped());
            }
            return rebuild(key, basis, stored.found());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException versionMissing(Key key, String basis, int version, boolean dropped) {
        String which = "Version " + version + " (basis " + basis + ") of the standings of framework " + key.frameworkCode()
                + " and period " + key.period();
        return dropped
                ? new ProblemException(Problem.of(410, "version-gone", "Version gone", which
                        + " was dropped by the retention policy; it is no longer stored (GET .../versions lists what is kept)."))
                : ProblemException.notFound(which + " does not exist.");
    }

    /** A page of the versions of a (framework, period), newest first, and how many there are in all. */
    public VersionList versions(Key key, String basis, int page, int size) {
        try (Connection conn = dataSource.getConnection()) {
            long total = repository.versionCount(conn, key, basis);
            long offset = (long) page * size;
            List<StandingsRepository.VersionEntry> items = offset >= total ? List.of()
                    : repository.versions(conn, key, basis, (int) offset, size);
            return new VersionList(items, total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public record VersionList(List<StandingsRepository.VersionEntry> items, long total) {
    }

    /** The engine is deterministic: the same stored inputs give the same scores as when they were stored. */
    private Snapshot rebuild(Key key, String basis, StandingsRepository.Stored stored) {
        try {
            JsonNode document = json.readTree(stored.framework());
            Framework framework = FrameworkDocuments.toEngine(document);
            Dataset dataset = new Dataset(stored.unitCodes(), stored.indicatorCodes(), stored.values());
            Scores scores = ScoringEngine.score(framework, dataset);
            return new Snapshot(key.frameworkCode(), key.period(), stored.version(), stored.computedAt(), document,
                    framework, dataset, stored.unitNames(), stored.unitValidFrom(), scores, basis, stored.sources());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored framework document is not JSON", e);
        }
    }
}
