package vn.dti.report.messaging;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The CloudEvents types of DESIGN §6 this service consumes, with their topics. */
public enum EventTypes {
    UNIT_CHANGED("dti.units", "dti.unit.changed.v1"),
    FRAMEWORK_PUBLISHED("dti.frameworks", "dti.framework.published.v1"),
    PERIOD_CHANGED("dti.frameworks", "dti.period.changed.v1"),
    SUBMISSION_ACCEPTED("dti.submissions", "dti.submission.accepted.v1"),
    STANDINGS_RECOMPUTED("dti.standings", "dti.standings.recomputed.v1");

    public final String topic;
    public final String type;

    EventTypes(String topic, String type) {
        this.topic = topic;
        this.type = type;
    }

    /** The topics the consumer subscribes to. */
    public static List<String> consumedTopics() {
        return Arrays.stream(values()).map(t -> t.topic).distinct().toList();
    }

    /** A type this service consumes; empty for anything else (a poison record). */
    public static Optional<EventTypes> consumed(String ceType) {
        return Arrays.stream(values()).filter(t -> t.type.equals(ceType)).findFirst();
    }
}
