package vn.dti.ranking.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import vn.dti.ranking.engine.Framework.MissingValues;
import vn.dti.ranking.engine.Scores;
import vn.dti.ranking.engine.ScoringEngine;

/**
 * What an analyst would compute in PostgreSQL (src/test/resources/sql/standings-by-sql.sql) equals
 * the engine's standings, on generated inputs: 63 units × 20 indicators under a 2- or 3-level tree,
 * MIN_MAX of either direction, ZERO or RESCALE, ties (few distinct raw values, a low rank
 * precision), missing values up to a third. Scores agree to 1e-12 (floating-point order of the sums
 * aside) and every rank of every node exactly. Real PostgreSQL, in a scratch database of its own.
 */
class SqlStandingsTest {

    private static final String DATABASE = "dti_sql_standings_test";

    private static Connection conn;

    @BeforeContainer
    static void connect() throws Exception {
        conn = SqlStandings.scratch(DATABASE);
    }

    @AfterContainer
    static void disconnect() throws Exception {
        if (conn != null) {
            conn.close();
        }
        SqlStandings.drop(DATABASE);
    }

    @Property(tries = 25)
    void theSqlsStandingsAreTheEngines(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int pillars,
                                       @ForAll @IntRange(min = 0, max = 2) int subPillars,
                                       @ForAll @DoubleRange(min = 0, max = 0.35) double missingShare,
                                       @ForAll @IntRange(min = 0, max = 12) int distinctValues,
                                       @ForAll MissingValues policy, @ForAll @IntRange(min = 0, max = 6) int precision)
            throws Exception {
        if (policy == MissingValues.MEAN) {
            policy = MissingValues.ZERO; // the script does ZERO and RESCALE (the DTI's rule and the one with the most work)
        }
        SqlStandings.Inputs inputs = SqlStandings.generate(seed, 63, 20, pillars, Math.min(subPillars, pillars),
                missingShare, distinctValues, policy, precision);
        Scores engine = ScoringEngine.score(inputs.framework(), inputs.dataset());

        SqlStandings.load(conn, inputs);
        SqlStandings.Result sql = SqlStandings.run(conn, inputs.framework(), engine);

        assertThat(SqlStandings.differences(engine, sql, 1e-12)).isEmpty();
    }
}
