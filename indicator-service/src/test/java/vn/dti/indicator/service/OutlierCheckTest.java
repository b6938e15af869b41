package vn.dti.indicator.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.dti.indicator.repository.ValueRepository.PeerStats;
import vn.dti.plumbing.problem.FieldError;

/** The robust z-score and the change ratio, on numbers worked out by hand. */
class OutlierCheckTest {

    @Test
    void robustZScoreByHand() {
        // others: 9, 10, 11, 12, 13 → median 11; |x - 11| = 2, 1, 0, 1, 2 → MAD 1
        PeerStats s = new PeerStats("C", 5, 11, 1);
        // z(40) = 0.6745 × (40 − 11) / 1 = 19.5605
        FieldError e = OutlierCheck.outlier("/values/0/value", 40, s, 3.5, "2031");
        assertThat(e.code()).isEqualTo("OUTLIER");
        assertThat(e.pointer()).isEqualTo("/values/0/value");
        assertThat(e.detail()).isEqualTo("40 is far from the other 5 units' values of 2031: median 11, MAD 1, robust z 19.56 (|z| > 3.5)");
        // z(16) = 0.6745 × 5 = 3.3725 ≤ 3.5: no warning; z(17) = 4.047 > 3.5: a warning; low side too
        assertThat(OutlierCheck.outlier("p", 16, s, 3.5, "2031")).isNull();
        assertThat(OutlierCheck.outlier("p", 17, s, 3.5, "2031")).isNotNull();
        assertThat(OutlierCheck.outlier("p", 5, s, 3.5, "2031").detail()).contains("robust z -4.05");
        // a stricter framework threshold
        assertThat(OutlierCheck.outlier("p", 16, s, 3.0, "2031")).isNotNull();
    }

    @Test
    void tooFewOtherUnitsOrNoSpreadMeansNoCheck() {
        assertThat(OutlierCheck.outlier("p", 1000, new PeerStats("C", 4, 11, 1), 3.5, "2031")).as("4 others").isNull();
        assertThat(OutlierCheck.outlier("p", 1000, new PeerStats("C", 9, 10, 0), 3.5, "2031")).as("MAD 0").isNull();
        assertThat(OutlierCheck.outlier("p", 1000, null, 3.5, "2031")).as("no other unit").isNull();
    }

    @Test
    void suddenChangeAgainstThePreviousPeriod() {
        // |160 − 100| / 100 = 0.6 > 0.5
        FieldError e = OutlierCheck.suddenChange("/rows/3/value", 160, 100, 0.5, "2031");
        assertThat(e.code()).isEqualTo("SUDDEN_CHANGE");
        assertThat(e.detail()).isEqualTo("160 against 100 in 2031: a change ratio of 0.6000 (> maxChangeRatio 0.5)");
        assertThat(OutlierCheck.suddenChange("p", 150, 100, 0.5, "2031")).as("exactly 0.5").isNull();
        assertThat(OutlierCheck.suddenChange("p", 40, 100, 0.5, "2031")).as("a fall of 0.6").isNotNull();
        assertThat(OutlierCheck.suddenChange("p", 5, 0, 0.5, "2031")).as("previous 0: no ratio").isNull();
    }

    @Test
    void previousPeriodOfEachType() {
        assertThat(OutlierCheck.previous("2024")).isEqualTo("2023");
        assertThat(OutlierCheck.previous("2024-H1")).isEqualTo("2023-H2");
        assertThat(OutlierCheck.previous("2024-H2")).isEqualTo("2024-H1");
        assertThat(OutlierCheck.previous("2024-Q1")).isEqualTo("2023-Q4");
        assertThat(OutlierCheck.previous("2024-Q3")).isEqualTo("2024-Q2");
        assertThat(OutlierCheck.previous("nope")).isNull();
    }
}
