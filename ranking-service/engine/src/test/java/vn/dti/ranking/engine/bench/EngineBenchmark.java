package vn.dti.ranking.engine.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.dti.ranking.engine.Dataset;
import vn.dti.ranking.engine.Framework;
import vn.dti.ranking.engine.Lineage;
import vn.dti.ranking.engine.Provinces2025;
import vn.dti.ranking.engine.RandomInputs;
import vn.dti.ranking.engine.Restatement;
import vn.dti.ranking.engine.Scores;
import vn.dti.ranking.engine.ScoringEngine;
import vn.dti.ranking.engine.Sensitivity;

/**
 * A full recompute ({@link ScoringEngine#score}) of a DTI-like framework (8 pillars of indicators
 * with mixed methods, 5 % of values missing, RESCALE) at the provincial size and at a large size,
 * a sensitivity analysis at the provincial size, and the 2025 restatement of a 63-province table on
 * the 34 units (lineage from the real files, then {@link Restatement#of}). Never run by {@code mvnw verify}; see
 * docs/performance.md for the command and the figures.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class EngineBenchmark {

    @State(Scope.Benchmark)
    public static class Input {

        /** units × indicators */
        @Param({"63x100", "10000x200"})
        public String size;

        Framework framework;
        Dataset data;

        @Setup(Level.Trial)
        public void setUp() {
            String[] parts = size.split("x");
            framework = RandomInputs.realistic(8, Integer.parseInt(parts[1]), Framework.MissingValues.RESCALE, 1);
            data = RandomInputs.realisticData(framework, Integer.parseInt(parts[0]), 0.05, 2);
        }
    }

    @State(Scope.Benchmark)
    public static class Provinces {

        Framework framework;
        Dataset data;

        @Setup(Level.Trial)
        public void setUp() {
            framework = RandomInputs.realistic(8, 100, Framework.MissingValues.RESCALE, 1);
            data = RandomInputs.realisticData(framework, 63, 0.05, 2);
        }
    }

    /** A computed 63-province standings (real codes, 8 pillars × 100 indicators) and the real 2025 units. */
    @State(Scope.Benchmark)
    public static class Merger {

        Scores period;
        List<Lineage.Unit> units;
        List<String> periodUnits;
        Lineage.Resolution lineage;

        @Setup(Level.Trial)
        public void setUp() {
            Framework framework = RandomInputs.realistic(8, 100, Framework.MissingValues.RESCALE, 1);
            Dataset random = RandomInputs.realisticData(framework, 63, 0.05, 2);
            String[] codes = Provinces2025.codes63();
            period = ScoringEngine.score(framework, new Dataset(codes, random.indicators(), random.values()));
            units = Provinces2025.units();
            periodUnits = List.of(codes);
            lineage = Lineage.resolve(units, Provinces2025.MERGER, Provinces2025.END_2024, periodUnits);
        }
    }

    @Benchmark
    public Scores score(Input input) {
        return ScoringEngine.score(input.framework, input.data);
    }

    /** 63 units × 100 indicators × 1000 runs with ±25 % weight noise. */
    @Benchmark
    public Sensitivity.Result sensitivity1000Runs(Provinces input) {
        return Sensitivity.run(input.framework, input.data, 1000, 1, 0.25);
    }

    /** The 63-province table restated on the 34 units, lineage already resolved (issue #12: under 5 ms). */
    @Benchmark
    public Restatement.Result restate63To34(Merger input) {
        return Restatement.of(input.period, input.lineage);
    }

    /** The same with the lineage resolved from the 97 unit versions first, as a request would. */
    @Benchmark
    public Restatement.Result resolveAndRestate63To34(Merger input) {
        return Restatement.of(input.period,
                Lineage.resolve(input.units, Provinces2025.MERGER, Provinces2025.END_2024, input.periodUnits));
    }
}
