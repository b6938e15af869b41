package vn.dti.report.render;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * The rendered PDFs of the most recently read briefs. A brief never changes once stored, so its PDF
 * is laid out once and then served from memory. The cache is bounded by bytes,
 * {@code dti.briefs.pdf-cache-memory} (8 MB, about 14 briefs of 63 units): it lives in the same heap
 * as the layouts, so a bound by count let the PDFs of large briefs crowd out the layouts (32 briefs
 * of 63 units held 18 MB). Least recently read PDFs are dropped first; a PDF larger than the whole
 * bound is served but not kept. Readers of a PDF that is being rendered wait for that rendering
 * instead of starting their own; a failed rendering is not kept.
 */
@ApplicationScoped
public class PdfCache {

    private final long bound;
    /** Access-ordered, eldest first; guarded by itself, like {@link #held}. */
    private final Map<String, CompletableFuture<byte[]>> pdfs = new LinkedHashMap<>(16, 0.75f, true);
    /** Bytes of the rendered PDFs in {@link #pdfs} (renderings in flight count nothing yet). */
    private long held;

    @Inject
    PdfCache(@ConfigProperty(name = "dti.briefs.pdf-cache-memory", defaultValue = "8M") MemorySize bound) {
        this(bound.asLongValue());
    }

    PdfCache(long boundBytes) {
        this.bound = boundBytes;
    }

    /** The PDF under {@code key} (a brief's id and language), rendered by {@code render} if it is not held. */
    public byte[] get(String key, Supplier<byte[]> render) {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> held;
        synchronized (pdfs) {
            held = pdfs.get(key);
            if (held == null) {
                pdfs.put(key, mine);
            }
        }
        if (held != null) {
            try {
                return held.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
        byte[] pdf;
        try {
            pdf = render.get();
        } catch (RuntimeException | Error e) {
            synchronized (pdfs) {
                pdfs.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
        keep(key, mine, pdf.length); // before completing: a PDF done is a PDF counted in held
        mine.complete(pdf);
        return pdf;
    }

    /** Counts a finished rendering in, then drops the least recently read PDFs until the bound holds. */
    private void keep(String key, CompletableFuture<byte[]> mine, long size) {
        synchronized (pdfs) {
            if (size > bound) {
                pdfs.remove(key, mine);
                return;
            }
            this.held += size;
            Iterator<CompletableFuture<byte[]>> eldestFirst = pdfs.values().iterator();
            while (this.held > bound && eldestFirst.hasNext()) {
                CompletableFuture<byte[]> pdf = eldestFirst.next();
                if (pdf != mine && pdf.isDone()) { // a rendering in flight has readers waiting on it
                    this.held -= pdf.join().length;
                    eldestFirst.remove();
                }
            }
        }
    }

    /** Bytes of rendered PDFs held now. */
    long heldBytes() {
        synchronized (pdfs) {
            return held;
        }
    }

    /** Whether the PDF under {@code key} is held (rendered or being rendered), without touching its recency. */
    boolean holds(String key) {
        synchronized (pdfs) {
            return pdfs.containsKey(key);
        }
    }
}
