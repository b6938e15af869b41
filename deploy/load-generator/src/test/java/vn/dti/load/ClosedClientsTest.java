package vn.dti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The closed model as callback chains: exactly N requests outstanding, each answered once, none sent after the end. */
class ClosedClientsTest {

    private final ScheduledExecutorService server = Executors.newScheduledThreadPool(3);

    @AfterEach
    void stop() {
        server.shutdownNow();
    }

    @Test
    void keepsExactlyTheClientsRequestsOutstandingUntilTheEnd() throws Exception {
        AtomicInteger outstanding = new AtomicInteger();
        AtomicInteger mostOutstanding = new AtomicInteger();
        AtomicLong lastSentAt = new AtomicLong();
        Set<Long> answered = ConcurrentHashMap.newKeySet();
        AtomicInteger answeredTwice = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);

        new ClosedClients(5, end, n -> {
            mostOutstanding.accumulateAndGet(outstanding.incrementAndGet(), Math::max);
            CompletableFuture<Instant> answer = new CompletableFuture<>();
            server.schedule(() -> {
                outstanding.decrementAndGet();
                answer.complete(n % 7 == 0 ? null : Instant.ofEpochSecond(n)); // every 7th refused
            }, 2, TimeUnit.MILLISECONDS);
            return answer;
        }, (n, sentAt, receivedAt) -> {
            lastSentAt.accumulateAndGet(sentAt, Math::max);
            if (!answered.add(n)) {
                answeredTwice.incrementAndGet();
            }
            assertThat(receivedAt).isEqualTo(n % 7 == 0 ? null : Instant.ofEpochSecond(n));
        }).runToEnd();

        assertThat(mostOutstanding.get()).as("five clients, never more in flight").isEqualTo(5);
        assertThat(outstanding.get()).as("every request answered before runToEnd returns").isZero();
        assertThat(answeredTwice.get()).isZero();
        assertThat(answered).as("about 300 ms / 2 ms x 5 clients").hasSizeGreaterThan(100);
        assertThat(answered).as("one sequence, no number skipped").allMatch(n -> n < answered.size());
        assertThat(lastSentAt.get()).as("no request started at or after the end").isLessThan(end);
    }

    @Test
    void aSendThatFailsAtOnceCountsAsNotAcceptedAndTheClientGoesOn() throws Exception {
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);

        new ClosedClients(2, end, n -> {
            if (n % 2 == 0) {
                throw new IllegalStateException("connection refused"); // thrown, not a failed future
            }
            return n % 3 == 0 ? CompletableFuture.failedFuture(new RuntimeException("reset"))
                    : CompletableFuture.supplyAsync(() -> Instant.EPOCH, server);
        }, (n, sentAt, receivedAt) -> (receivedAt == null ? refused : accepted).incrementAndGet()).runToEnd();

        assertThat(refused.get()).as("failures answered as not accepted, without a stack overflow").isGreaterThan(100);
        assertThat(accepted.get()).isPositive();
    }
}
