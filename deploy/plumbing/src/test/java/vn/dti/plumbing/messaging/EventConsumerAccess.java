package vn.dti.plumbing.messaging;

/** Lets tests in other packages report failures through the consumer's own (package-private) methods. */
public final class EventConsumerAccess {

    private EventConsumerAccess() {
    }

    public static void batchFailed(EventConsumer consumer, Exception e) {
        consumer.batchFailed(1, e);
    }

    public static void credentialsRefused(EventConsumer consumer, Exception e) {
        consumer.credentialsRefused(e);
    }

    public static void loopFailed(EventConsumer consumer, Throwable e) {
        consumer.loopFailed(e);
    }
}
