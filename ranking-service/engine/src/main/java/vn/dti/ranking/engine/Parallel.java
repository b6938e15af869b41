package vn.dti.ranking.engine;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs independent per-column work (normalising an indicator, ranking a node) on the common
 * fork-join pool when a computation is large enough to gain from it; small ones (a provincial DTI)
 * stay on the calling thread. Each task writes only its own column, so the result is the same
 * either way.
 */
final class Parallel {

    /** Below this many values (columns × units) splitting costs more than it saves. */
    static final long THRESHOLD = 200_000;

    private Parallel() {
    }

    static void forEach(int columns, int units, IntConsumer task) {
        IntStream range = IntStream.range(0, columns);
        if ((long) columns * units >= THRESHOLD) {
            range = range.parallel();
        }
        range.forEach(task);
    }

    /** A run of consecutive columns {@code [from, to)}, so that a task can reuse its scratch arrays. */
    interface Chunk {
        void run(int from, int to);
    }

    static void forEachChunk(int columns, int units, Chunk task) {
        if ((long) columns * units < THRESHOLD || columns < 2) {
            task.run(0, columns);
            return;
        }
        // A few chunks per core so that an uneven column does not leave a core idle.
        int chunks = Math.min(columns, 4 * Runtime.getRuntime().availableProcessors());
        IntStream.range(0, chunks).parallel()
                .forEach(c -> task.run((int) ((long) columns * c / chunks), (int) ((long) columns * (c + 1) / chunks)));
    }
}
