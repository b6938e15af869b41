package vn.dti.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * The PDF of a brief: the same HTML laid out by openhtmltopdf (PDFBox), inline SVG charts drawn
 * by Batik. DejaVu Sans (shipped in the jar with its licence, resources/fonts) is embedded, so
 * Vietnamese names keep their diacritics on any reader, whatever fonts the server has.
 */
@ApplicationScoped
public class PdfRenderer {

    static final String FAMILY = "DejaVu Sans";
    private final Map<Path, Integer> fonts = new LinkedHashMap<>();
    private final AtomicLong rendered = new AtomicLong();

    /**
     * PDFs laid out at once; further readers wait their turn. A layout holds about 40 MB of heap
     * (DOM, boxes, fonts, Batik), so without a bound the heap a replica needs grows with its
     * concurrent readers, and a fixed -Xmx ends in back-to-back full collections. One at a time laid
     * out more PDFs per second than two on 2 cores, in a smaller heap (docs/performance.md, "Memory").
     */
    @ConfigProperty(name = "dti.briefs.pdf-concurrent-renders", defaultValue = "1")
    int concurrentRenders;
    private Semaphore renders;
    /** Layouts running now, and the most ever running at once (what the bound is checked by). */
    private final AtomicInteger laying = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    @PostConstruct
    void prepare() {
        renders = new Semaphore(Math.max(1, concurrentRenders), true);
        // openhtmltopdf hands fonts to Batik (SVG text) as files, so the jar's copies are written out once.
        try {
            Path dir = Files.createTempDirectory("dti-report-fonts");
            dir.toFile().deleteOnExit();
            fonts.put(copy(dir, "DejaVuSans.ttf"), 400);
            fonts.put(copy(dir, "DejaVuSans-Bold.ttf"), 700);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the PDF fonts", e);
        }
    }

    private static Path copy(Path dir, String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IOException("font " + name + " is missing from the build");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        target.toFile().deleteOnExit();
        return target;
    }

    /** Lays out {@code html} (well-formed XHTML, as the brief template produces) as an A4 PDF. */
    public byte[] pdf(String html) {
        renders.acquireUninterruptibly();
        try {
            mostAtOnce.accumulateAndGet(laying.incrementAndGet(), Math::max);
            return layOut(html);
        } finally {
            laying.decrementAndGet();
            renders.release();
        }
    }

    /** The most layouts that ever ran at once in this instance. */
    int mostRendersAtOnce() {
        return mostAtOnce.get();
    }

    private byte[] layOut(String html) {
        rendered.incrementAndGet();
        html = Printable.clean(html);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            // DOCUMENT and SVG only: a font also registered as a fallback is used only as one, and
            // the standard (non-embedded) Helvetica would then draw every Latin character.
            fonts.forEach((file, weight) -> builder.useFont(file.toFile(), FAMILY, weight, FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG)));
            builder.withHtmlContent(html, null);
            builder.withProducer("DTI Suite report-service");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be rendered", e);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Error e) {
            // e.g. a missing XML or image provider: answered as a problem document, not a bare 500
            throw new IllegalStateException("the PDF could not be rendered", e);
        }
        return out.toByteArray();
    }

    /** How many PDFs this instance has laid out (PdfCache keeps this down to one per brief). */
    public long renderings() {
        return rendered.get();
    }
}
