package vn.dti.ranking.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import vn.dti.ranking.engine.Framework.MissingValues;
import vn.dti.ranking.engine.Scores;
import vn.dti.ranking.engine.ScoringEngine;

/**
 * Not part of ./mvnw verify (the name matches no surefire include; run it by name, docs/performance.md
 * "The engine against SQL alone"): the standings of 10,000 units × 200 indicators computed by SQL alone
 * in PostgreSQL and by the engine, same generated data, same run. Loads the values into a scratch
 * database, times the SQL (client timing, server-side work only, after a warm-up), times the engine with
 * JMH on the same inputs (regenerated from the same seed in the fork), checks that both agree, prints
 * the figures, and drops the scratch database.
 *
 * <p>Options (system properties): {@code sqlbench.units} (10000), {@code sqlbench.indicators} (200),
 * {@code sqlbench.policy} (ZERO), {@code sqlbench.runs} (5 measured SQL runs after 1 warm-up).
 */
public class SqlVersusEngineBenchmark { // public: JMH's generated code extends its nested state class

    private static final String DATABASE = "dti_sql_bench";
    static final long SEED = 20261130L;

    static SqlStandings.Inputs inputs(int units, int indicators, MissingValues policy) {
        // DTI-like: 8 weighted pillars, 3 of them split in two sub-pillars, 5 % missing, continuous values, precision 4
        return SqlStandings.generate(SEED, units, indicators, 8, 3, 0.05, 0, policy, 4);
    }

    /** The engine on the same inputs, in JMH's fork. */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public static class EngineOnSqlInputs {

        @Param("10000")
        int units;

        @Param("200")
        int indicators;

        @Param("ZERO")
        String policy;

        SqlStandings.Inputs inputs;

        @Setup(Level.Trial)
        public void generate() {
            inputs = inputs(units, indicators, MissingValues.valueOf(policy));
        }

        @Benchmark
        public Scores score() {
            return ScoringEngine.score(inputs.framework(), inputs.dataset());
        }
    }

    @Test
    void sqlAloneAgainstTheEngine() throws Exception {
        int units = Integer.getInteger("sqlbench.units", 10_000);
        int indicators = Integer.getInteger("sqlbench.indicators", 200);
        MissingValues policy = MissingValues.valueOf(System.getProperty("sqlbench.policy", "ZERO"));
        int runs = Integer.getInteger("sqlbench.runs", 5);
        SqlStandings.Inputs inputs = inputs(units, indicators, policy);
        Scores engine = ScoringEngine.score(inputs.framework(), inputs.dataset());

        List<Long> sqlMillis = new ArrayList<>();
        SqlStandings.Result sql;
        long loadMillis;
        try (Connection conn = SqlStandings.scratch(DATABASE)) {
            long t0 = System.nanoTime();
            SqlStandings.load(conn, inputs);
            loadMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            String query = "select count(*), sum(node_rank) from sql_standings.standings(" + inputs.framework().rankPrecision()
                    + ", " + (policy == MissingValues.RESCALE) + ")";
            for (int run = 0; run <= runs; run++) { // run 0 warms up
                long start = System.nanoTime();
                try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(query)) {
                    rs.next();
                }
                if (run > 0) {
                    sqlMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                }
            }
            sql = SqlStandings.run(conn, inputs.framework(), engine); // untimed: the rows, to compare
        } finally {
            SqlStandings.drop(DATABASE);
        }
        List<String> differences = SqlStandings.differences(engine, sql, 1e-12);

        Collection<RunResult> jmh = new Runner(new OptionsBuilder()
                .include(EngineOnSqlInputs.class.getName().replace("$", ".") + ".score")
                .param("units", String.valueOf(units)).param("indicators", String.valueOf(indicators))
                .param("policy", policy.name())
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .forks(1).jvmArgsAppend("-Xms2g", "-Xmx2g")
                .build()).run();
        RunResult result = jmh.iterator().next();
        double engineMs = result.getPrimaryResult().getScore();
        double engineError = result.getPrimaryResult().getScoreError();

        long[] sorted = sqlMillis.stream().mapToLong(Long::longValue).sorted().toArray();
        long median = sorted[sorted.length / 2];
        System.out.printf("%nSQL alone against the engine: %d units × %d indicators, policy %s, %d nodes, %d values loaded in %d ms%n",
                units, indicators, policy, engine.nodes().size(),
                Arrays.stream(inputs.dataset().values()).flatMapToDouble(Arrays::stream).filter(Double::isFinite).count(),
                loadMillis);
        System.out.printf("  SQL (PostgreSQL, %d runs after 1 warm-up): %s ms; median %d ms, fastest %d ms%n", runs, sqlMillis,
                median, sorted[0]);
        System.out.printf("  engine (JMH, 1 fork, 3 × 2 s warm-up, 5 × 2 s): %.1f ± %.1f ms/op%n", engineMs, engineError);
        System.out.printf("  the engine is %.0f× faster (SQL median / engine mean), %.0f× (SQL fastest / engine mean)%n",
                median / engineMs, sorted[0] / engineMs);
        System.out.printf("  results: %s%n%n", differences.isEmpty()
                ? "equal (every node's score to 1e-12, every rank exactly, " + engine.nodes().size() * units + " pairs)"
                : "DIFFERENT " + differences);
        assertThat(differences).isEmpty();
    }
}
