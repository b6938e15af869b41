package vn.dti.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * The bound on concurrent PDF layouts (dti.briefs.pdf-concurrent-renders): each layout holds tens of
 * MB of heap, so more readers than the bound wait instead of growing the heap (docs/performance.md,
 * Memory). Plain unit test: the renderer needs no container.
 */
class PdfRenderBoundTest {

    /** A page heavy enough that layouts overlap when nothing holds them back. */
    static String page() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            rows.append("<tr><td>").append(i).append("</td><td>Tỉnh Hậu Giang ").append(i).append("</td><td>0.")
                    .append(1000 + i).append("</td></tr>");
        }
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body><table>" + rows
                + "</table></body></html>";
    }

    static int mostAtOnce(int bound, int readers) throws Exception {
        PdfRenderer renderer = new PdfRenderer();
        renderer.concurrentRenders = bound;
        renderer.prepare();
        String html = page();
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                pdfs.add(pool.submit(() -> {
                    start.await();
                    return renderer.pdf(html);
                }));
            }
            start.countDown();
            for (Future<byte[]> pdf : pdfs) {
                assertThat(new String(pdf.get(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            }
        } finally {
            pool.shutdownNow();
        }
        return renderer.mostRendersAtOnce();
    }

    @Test
    void noMoreLayoutsRunAtOnceThanTheBoundAndEveryReaderGetsItsPdf() throws Exception {
        assertThat(mostAtOnce(1, 4)).isEqualTo(1);
        assertThat(mostAtOnce(2, 6)).isBetween(1, 2);
    }

    @Test
    void withoutABoundTheReadersDoOverlap() throws Exception {
        // the instrument itself: readers started together do overlap when the bound lets them, so
        // the first test would see it if the bound were gone
        assertThat(mostAtOnce(6, 6)).isGreaterThan(2);
    }
}
