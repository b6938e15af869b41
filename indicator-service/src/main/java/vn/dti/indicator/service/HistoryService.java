package vn.dti.indicator.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.arc.Arc;
import vn.dti.indicator.mapping.HistoryView;
import vn.dti.indicator.repository.HistoryRepository;
import vn.dti.indicator.security.Caller;

/**
 * Who did what (DESIGN §11): every change of a framework draft, a period schedule or a unit is
 * recorded with the caller and time in the change's own transaction, and readable as history.
 */
@ApplicationScoped
public class HistoryService {

    public static final String FRAMEWORK = "FRAMEWORK";
    public static final String PERIOD = "PERIOD";
    public static final String UNIT = "UNIT";
    public static final String UNIT_TYPE = "UNIT_TYPE";

    @Inject
    HistoryRepository history;

    @Inject
    Caller caller;

    /** Records a change in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entity, String key, String action, Object detail) {
        history.record(entity, key, action, who(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), detail);
    }

    @Transactional
    public HistoryView of(String entity, String key) {
        return new HistoryView(entity, key, history.list(entity, key));
    }

    /** The caller, or {@code system} for changes made outside a request (the startup seeding). */
    private String who() {
        if (!Arc.container().requestContext().isActive()) {
            return "system";
        }
        try {
            String name = caller.name();
            return "anonymous".equals(name) ? "system" : name;
        } catch (ContextNotActiveException e) {
            return "system";
        }
    }
}
