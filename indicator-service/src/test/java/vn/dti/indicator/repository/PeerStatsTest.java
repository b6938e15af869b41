package vn.dti.indicator.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Random;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dti.indicator.repository.ValueRepository.PeerStats;

/**
 * The outlier check's median and MAD, taken in Java since issue 15, against numbers worked out by
 * hand and against the PostgreSQL statement they replaced ({@code percentile_cont(0.5)}), bit for bit.
 */
@QuarkusTest
class PeerStatsTest {

    @Inject
    DataSource dataSource;

    @Test
    void oddAndEvenNumbersOfValuesByHand() {
        // 13, 9, 11, 12, 10 → sorted 9..13, median 11; |x − 11| = 2, 1, 0, 1, 2 → MAD 1
        assertThat(PeerStats.of("C", new double[] {13, 9, 11, 12, 10})).isEqualTo(new PeerStats("C", 5, 11, 1));
        // 4, 1, 3, 2 → median (2 + 3) / 2 = 2.5; deviations 1.5, 0.5, 0.5, 1.5 → MAD 1
        assertThat(PeerStats.of("C", new double[] {4, 1, 3, 2})).isEqualTo(new PeerStats("C", 4, 2.5, 1));
        // 7, 7, 7, 100 → median 7; deviations 0, 0, 0, 93 → MAD 0 (no check: z undefined)
        assertThat(PeerStats.of("C", new double[] {7, 100, 7, 7})).isEqualTo(new PeerStats("C", 4, 7, 0));
        // one value → itself, MAD 0
        assertThat(PeerStats.of("C", new double[] {-3.5})).isEqualTo(new PeerStats("C", 1, -3.5, 0));
    }

    @Test
    void equalsPostgresqlPercentileContOnGeneratedValues() throws Exception {
        Random random = new Random(15);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     with peers as (select v from unnest(?::float8[]) as t(v)),
                     med as (select count(*) as n, percentile_cont(0.5) within group (order by v) as median from peers)
                     select m.n, m.median, percentile_cont(0.5) within group (order by abs(p.v - m.median))
                     from peers p, med m group by m.n, m.median""")) {
            for (int run = 0; run < 400; run++) {
                int n = 1 + random.nextInt(80);
                double[] values = new double[n];
                int distinct = 1 + random.nextInt(12);
                for (int i = 0; i < n; i++) {
                    // few distinct integers (ties), fractions, negatives and large magnitudes in turn
                    values[i] = switch (run % 4) {
                        case 0 -> random.nextInt(distinct);
                        case 1 -> random.nextDouble() * 100;
                        case 2 -> (random.nextDouble() - 0.5) * 1e6;
                        default -> Math.round(random.nextGaussian() * 1000) / 1000.0;
                    };
                }
                ps.setArray(1, c.createArrayOf("float8", Arrays.stream(values).boxed().toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    PeerStats expected = new PeerStats("X", rs.getInt(1), rs.getDouble(2), rs.getDouble(3));
                    assertThat(PeerStats.of("X", values.clone())).as("run %d: %s", run, Arrays.toString(values)).isEqualTo(expected);
                }
            }
        }
    }
}
