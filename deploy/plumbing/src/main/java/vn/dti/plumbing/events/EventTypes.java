package vn.dti.plumbing.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The CloudEvents types of the event contract (docs/events/README.md), with the topic each travels
 * on and the aggregate its outbox row is about. The contract is one for the three services; each
 * picks what it produces and what it consumes.
 */
public enum EventTypes {
    UNIT_CHANGED("dti.units", "dti.unit.changed.v1", "unit"),
    FRAMEWORK_PUBLISHED("dti.frameworks", "dti.framework.published.v1", "framework"),
    PERIOD_CHANGED("dti.frameworks", "dti.period.changed.v1", "period"),
    SUBMISSION_ACCEPTED("dti.submissions", "dti.submission.accepted.v1", "submission"),
    REVIEW_DECIDED("dti.submissions", "dti.review.decided.v1", "review"),
    STANDINGS_RECOMPUTED("dti.standings", "dti.standings.recomputed.v1", "standings"),
    /** An official release (revision) of a standings version (DESIGN §12); aggregate id = releaseId. */
    RELEASE_PUBLISHED("dti.standings", "dti.release.published.v1", "release");

    /** The Kafka topic, e.g. {@code dti.submissions}. */
    public final String topic;
    /** The {@code ce_type}, e.g. {@code dti.submission.accepted.v1}; also names its schema file. */
    public final String type;
    /** The outbox row's {@code aggregate_type}, e.g. {@code submission}. */
    public final String aggregateType;

    EventTypes(String topic, String type, String aggregateType) {
        this.topic = topic;
        this.type = type;
        this.aggregateType = aggregateType;
    }

    /** The type with this {@code ce_type}; empty for anything else. */
    public static Optional<EventTypes> of(String ceType) {
        return Arrays.stream(values()).filter(t -> t.type.equals(ceType)).findFirst();
    }
}
