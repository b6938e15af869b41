package vn.dti.indicator.outbox;

/** Topics and CloudEvents types of DESIGN §6 that this service produces. */
public enum EventTypes {
    UNIT_CHANGED("dti.units", "dti.unit.changed.v1", "unit"),
    FRAMEWORK_PUBLISHED("dti.frameworks", "dti.framework.published.v1", "framework"),
    PERIOD_CHANGED("dti.frameworks", "dti.period.changed.v1", "period"),
    SUBMISSION_ACCEPTED("dti.submissions", "dti.submission.accepted.v1", "submission");

    public final String topic;
    public final String type;
    public final String aggregateType;

    EventTypes(String topic, String type, String aggregateType) {
        this.topic = topic;
        this.type = type;
        this.aggregateType = aggregateType;
    }
}
