package vn.dti.ranking.messaging;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The CloudEvents types of DESIGN §6 this service consumes and produces, with their topics. */
public enum EventTypes {
    UNIT_CHANGED("dti.units", "dti.unit.changed.v1", "unit"),
    FRAMEWORK_PUBLISHED("dti.frameworks", "dti.framework.published.v1", "framework"),
    PERIOD_CHANGED("dti.frameworks", "dti.period.changed.v1", "period"),
    SUBMISSION_ACCEPTED("dti.submissions", "dti.submission.accepted.v1", "submission"),
    STANDINGS_RECOMPUTED("dti.standings", "dti.standings.recomputed.v1", "standings");

    public final String topic;
    public final String type;
    public final String aggregateType;

    EventTypes(String topic, String type, String aggregateType) {
        this.topic = topic;
        this.type = type;
        this.aggregateType = aggregateType;
    }

    /** The topics the consumer subscribes to. */
    public static List<String> consumedTopics() {
        return List.of(UNIT_CHANGED.topic, FRAMEWORK_PUBLISHED.topic, SUBMISSION_ACCEPTED.topic);
    }

    /** A type this service consumes; empty for anything else (a poison record). */
    public static Optional<EventTypes> consumed(String ceType) {
        return Arrays.stream(values()).filter(t -> t != STANDINGS_RECOMPUTED && t.type.equals(ceType)).findFirst();
    }
}
