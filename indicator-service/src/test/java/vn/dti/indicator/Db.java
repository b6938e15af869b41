package vn.dti.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Direct row counts, to prove that a rejected request stored nothing. */
@ApplicationScoped
public class Db {

    @Inject
    EntityManager em;

    @Transactional
    public long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    @Transactional
    public long count(String table, String where) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where " + where).getSingleResult()).longValue();
    }

    @Transactional
    public long scalar(String sql) {
        Object r = em.createNativeQuery(sql).getSingleResult();
        return r == null ? -1 : ((Number) r).longValue();
    }

    /** Everything that a request may write; equal snapshots mean nothing was stored or emitted. */
    public String snapshot() {
        return count("submission") + "/" + count("submission_value") + "/" + count("current_value") + "/"
                + count("idempotency_key") + "/" + count("outbox_event") + "/" + count("unit") + "/" + count("framework")
                + "/" + count("reporting_period") + "/" + count("unit_type") + "/" + count("change_history");
    }
}
