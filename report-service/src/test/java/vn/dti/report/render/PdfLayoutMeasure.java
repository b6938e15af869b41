package vn.dti.report.render;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: lays out one brief's HTML as a PDF N times with the service's own renderer, in a bare
 * JVM, and prints each layout's wall time, CPU time and bytes allocated, then the collections. Run
 * with different -Xmx to find the heap one layout needs, or JIT flags to compare them
 * (docs/performance.md, "Memory"). After ./mvnw install -pl report-service -am -DskipTests:
 *
 * <pre>
 * cd report-service && java -XX:+UseSerialGC -Xmx64m \
 *   -cp "target/test-classes:target/classes:$(ls target/quarkus-app/lib/main/*.jar | tr '\n' :)" \
 *   vn.dti.report.render.PdfLayoutMeasure ../deploy/local/.run/briefs/demo-2024-vi.html 10
 * </pre>
 */
public final class PdfLayoutMeasure {

    private PdfLayoutMeasure() {
    }

    public static void main(String[] args) throws Exception {
        String html = Files.readString(Path.of(args[0]));
        int layouts = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        PdfRenderer renderer = new PdfRenderer();
        renderer.concurrentRenders = 1;
        renderer.prepare();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().getId();
        for (int i = 1; i <= layouts; i++) {
            long allocated = threads.getThreadAllocatedBytes(me);
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            byte[] pdf = renderer.pdf(html);
            System.out.printf("layout %d: wall %d ms, cpu %d ms, allocated %d MB, pdf %d KB%n", i,
                    (System.nanoTime() - wall) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                    (threads.getThreadAllocatedBytes(me) - allocated) >> 20, pdf.length >> 10);
        }
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            System.out.printf("collector %s: %d collections, %d ms%n", gc.getName(), gc.getCollectionCount(), gc.getCollectionTime());
        }
    }
}
