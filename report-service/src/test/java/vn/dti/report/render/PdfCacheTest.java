package vn.dti.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The PDF cache is bounded by bytes (dti.briefs.pdf-cache-memory), not by count: it shares the heap
 * with the layouts (docs/performance.md, Memory). Plain unit test: the cache needs no container.
 */
class PdfCacheTest {

    private final AtomicInteger renderings = new AtomicInteger();

    private byte[] render(int size) {
        renderings.incrementAndGet();
        return new byte[size];
    }

    @Test
    void keepsPdfsUpToTheBoundAndDropsTheLeastRecentlyReadFirst() {
        PdfCache cache = new PdfCache(250);
        cache.get("a", () -> render(100));
        cache.get("b", () -> render(100));
        cache.get("a", () -> render(100)); // a read again: b is now the least recently read
        assertThat(renderings).hasValue(2);
        assertThat(cache.heldBytes()).isEqualTo(200);

        cache.get("c", () -> render(100)); // 300 > 250: b goes
        assertThat(cache.holds("a")).isTrue();
        assertThat(cache.holds("b")).isFalse();
        assertThat(cache.holds("c")).isTrue();
        assertThat(cache.heldBytes()).isEqualTo(200);

        cache.get("b", () -> render(100)); // rendered again; a is now the eldest and goes
        assertThat(renderings).hasValue(4);
        assertThat(cache.holds("a")).isFalse();
        assertThat(cache.heldBytes()).isEqualTo(200);
    }

    @Test
    void oneLargePdfMayPushOutSeveralSmallOnes() {
        PdfCache cache = new PdfCache(300);
        cache.get("a", () -> render(100));
        cache.get("b", () -> render(100));
        cache.get("c", () -> render(100));
        cache.get("big", () -> render(250));
        assertThat(cache.holds("a")).isFalse();
        assertThat(cache.holds("b")).isFalse();
        assertThat(cache.holds("c")).isFalse();
        assertThat(cache.holds("big")).isTrue();
        assertThat(cache.heldBytes()).isEqualTo(250);
    }

    @Test
    void aPdfLargerThanTheWholeBoundIsServedButNotKept() {
        PdfCache cache = new PdfCache(100);
        cache.get("small", () -> render(60));
        assertThat(cache.get("huge", () -> render(101))).hasSize(101);
        assertThat(cache.holds("huge")).isFalse();
        assertThat(cache.holds("small")).as("the huge one evicted nothing").isTrue();
        cache.get("huge", () -> render(101));
        assertThat(renderings).hasValue(3);
        assertThat(cache.heldBytes()).isEqualTo(60);
    }

    @Test
    void aFailedRenderingIsNotKeptAndTheNextReaderTriesAgain() {
        PdfCache cache = new PdfCache(1000);
        assertThatThrownBy(() -> cache.get("a", () -> {
            throw new IllegalStateException("layout failed");
        })).hasMessage("layout failed");
        assertThat(cache.holds("a")).isFalse();
        assertThat(cache.heldBytes()).isZero();
        assertThat(cache.get("a", () -> render(10))).hasSize(10);
    }

    @Test
    void concurrentReadersOfOneBriefShareOneRendering() throws Exception {
        PdfCache cache = new PdfCache(1000);
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<byte[]> first = pool.submit(() -> cache.get("a", () -> {
                rendering.countDown();
                await(release);
                return render(10);
            }));
            rendering.await();
            List<Future<byte[]>> others = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                others.add(pool.submit(() -> cache.get("a", () -> render(10))));
            }
            release.countDown();
            byte[] pdf = first.get();
            for (Future<byte[]> other : others) {
                assertThat(other.get()).isSameAs(pdf);
            }
            assertThat(renderings).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Random reads of random sizes from several threads: the bytes held never exceed the bound and
     * always equal the sizes of the PDFs held (checked against a single-threaded model at the end).
     */
    @Test
    void theBytesHeldStayWithinTheBoundWhateverTheReads() throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            long bound = 200 + random.nextInt(2000);
            PdfCache cache = new PdfCache(bound);
            Map<String, Integer> sizes = new HashMap<>();
            for (int k = 0; k < 40; k++) {
                sizes.put("brief-" + k, 1 + random.nextInt((int) bound / 3));
            }
            List<String> keys = new ArrayList<>(sizes.keySet());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> readers = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    long readerSeed = random.nextLong();
                    readers.add(pool.submit(() -> {
                        Random r = new Random(readerSeed);
                        for (int i = 0; i < 500; i++) {
                            String key = keys.get(r.nextInt(keys.size()));
                            assertThat(cache.get(key, () -> new byte[sizes.get(key)])).hasSize(sizes.get(key));
                            assertThat(cache.heldBytes()).isBetween(0L, bound);
                        }
                        return null;
                    }));
                }
                for (Future<?> reader : readers) {
                    reader.get();
                }
            } finally {
                pool.shutdownNow();
            }
            long expected = keys.stream().filter(cache::holds).mapToLong(sizes::get).sum();
            assertThat(cache.heldBytes()).as("seed %d", seed).isEqualTo(expected).isLessThanOrEqualTo(bound);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
