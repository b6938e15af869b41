package vn.dti.ranking.service;

import java.time.Duration;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import vn.dti.plumbing.retention.BatchedDelete;
import vn.dti.plumbing.retention.Purge;
import vn.dti.plumbing.retention.RetentionConfig;
import vn.dti.ranking.config.VersionRetentionConfig;

/**
 * Drops standings versions computed more than {@code dti.retention.standings-versions.age} ago that are
 * neither the latest of their (framework, period, basis) nor released. Each leaves a tombstone in
 * {@code standings_version_dropped} in the same statement, so it answers 410 and never 404 or another
 * version. Run by the plumbing's RetentionSchedule with the other purges.
 */
@ApplicationScoped
public class VersionRetention implements Purge {

    private static final Logger LOG = Logger.getLogger(VersionRetention.class);

    @Inject
    DataSource dataSource;

    @Inject
    RetentionConfig retention;

    @Inject
    VersionRetentionConfig config;

    @Override
    public Duration age() {
        return config.age();
    }

    /** Drops the droppable versions computed before {@code cutoff}; returns how many. */
    @Override
    public long purge(OffsetDateTime cutoff) {
        long dropped = BatchedDelete.run(dataSource, """
                with dropped as (
                    delete from standings_version v where (v.framework_code, v.period, v.basis, v.version) in (
                        select o.framework_code, o.period, o.basis, o.version from standings_version o
                        join standings s on s.framework_code = o.framework_code and s.period = o.period and s.basis = o.basis
                        where o.computed_at < ?
                          and o.version < s.version
                          -- released versions are kept (table release, issue 11 item 3)
                          and not exists (select 1 from release r where r.framework_code = o.framework_code
                              and r.period = o.period and r.basis = o.basis and r.version = o.version)
                        order by o.computed_at limit ?)
                    returning v.framework_code, v.period, v.basis, v.version, v.computed_at, v.inputs_watermark)
                insert into standings_version_dropped (framework_code, period, basis, version, computed_at, inputs_watermark, dropped_at)
                select framework_code, period, basis, version, computed_at, inputs_watermark, now() from dropped
                on conflict do nothing""", cutoff, retention.batchSize());
        if (dropped > 0) {
            LOG.infof("Retention: dropped %d standings versions computed before %s (tombstones kept: they answer 410)", dropped, cutoff);
        }
        return dropped;
    }
}
