package vn.dti.report.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rendered PDFs of the most recently read briefs. A brief never changes once stored, so its PDF
 * is laid out once (about 0.7 s for 63 units) and then served from memory: at most
 * {@code dti.briefs.pdf-cache-size} PDFs are kept, least recently read dropped first. Readers of a
 * PDF that is being rendered wait for that rendering instead of starting their own; a failed
 * rendering is not kept.
 */
@ApplicationScoped
public class PdfCache {

    private final Map<String, CompletableFuture<byte[]>> pdfs;

    @Inject
    PdfCache(@ConfigProperty(name = "dti.briefs.pdf-cache-size", defaultValue = "32") int size) {
        this.pdfs = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<byte[]>> eldest) {
                return size() > size;
            }
        };
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
        try {
            byte[] pdf = render.get();
            mine.complete(pdf);
            return pdf;
        } catch (RuntimeException | Error e) {
            synchronized (pdfs) {
                pdfs.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }
}
