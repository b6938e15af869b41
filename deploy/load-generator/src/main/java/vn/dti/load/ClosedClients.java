package vn.dti.load;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * The closed model without a thread per client: {@code clients} chains of requests, each sending its
 * next request (number n of one shared sequence) when its last is answered, until {@code endNanos}.
 * A request that fails before it is sent is answered at once (as not accepted) and the client goes on.
 */
final class ClosedClients {

    /** What to do with an answer: request n, sent at {@code sentAtNanos}, accepted with that receivedAt or not (null). */
    interface Answered {
        void answered(long n, long sentAtNanos, Instant receivedAt);
    }

    private final int clients;
    private final long endNanos;
    private final LongFunction<CompletableFuture<Instant>> send;
    private final Answered answered;
    private final AtomicLong sequence = new AtomicLong();
    private final CountDownLatch finished;

    ClosedClients(int clients, long endNanos, LongFunction<CompletableFuture<Instant>> send, Answered answered) {
        this.clients = clients;
        this.endNanos = endNanos;
        this.send = send;
        this.answered = answered;
        this.finished = new CountDownLatch(clients);
    }

    /** Starts every client and returns when each has had its last answer. */
    void runToEnd() throws InterruptedException {
        for (int c = 0; c < clients; c++) {
            next();
        }
        finished.await();
    }

    /** Sends this client's next request, or ends the client; loops (rather than recursing) over answers already in. */
    private void next() {
        while (true) {
            long sentAt = System.nanoTime();
            if (sentAt >= endNanos) {
                finished.countDown();
                return;
            }
            long n = sequence.getAndIncrement();
            CompletableFuture<Instant> answer;
            try {
                answer = send.apply(n);
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
            if (!answer.isDone()) {
                answer.whenComplete((receivedAt, failure) -> {
                    answered.answered(n, sentAt, failure == null ? receivedAt : null);
                    next();
                });
                return;
            }
            Instant receivedAt = answer.isCompletedExceptionally() ? null : answer.join();
            answered.answered(n, sentAt, receivedAt);
        }
    }
}
