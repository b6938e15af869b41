package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import vn.dti.ranking.engine.Framework.MissingValues;
import vn.dti.ranking.engine.Profiles.Highlight;
import vn.dti.ranking.engine.Profiles.Highlights;

/**
 * On the small example under ZERO. Normalised scores (HN, HP, DN, CT) and their medians:
 * BROADBAND 0.8, 0.6, 0.9, 0 → (0.6 + 0.8)/2 = 0.7; PLAN 1, 1, 0, 1 → 1;
 * ONLINE 1, 0.75, 0.9, 0 (CT imputed) → (0.75 + 0.9)/2 = 0.825; DELAY 1, 0.5, 0.75, 0 → 0.625;
 * OPS 0.9, 0.7, 0.8, 0.5 → 0.75.
 */
class ProfilesTest {

    static final Scores SCORES = ScoreSmall.zero();

    @Test
    void mediansOfTheNormalisedScores() {
        assertThat(Profiles.medians(SCORES)).containsExactly(new double[] {0.7, 1, 0.825, 0.625, 0.75}, within(1e-12));
    }

    @Test
    void strengthsLargestGapFirst() {
        // HN: BROADBAND +0.1, PLAN 0, ONLINE +0.175, DELAY +0.375, OPS +0.15
        Highlights h = Profiles.of(SCORES, 0, 3);
        assertThat(h.strengths()).extracting(Highlight::indicatorCode).containsExactly("DELAY", "ONLINE", "OPS");
        assertThat(h.strengths().stream().mapToDouble(Highlight::gap).toArray())
                .containsExactly(new double[] {0.375, 0.175, 0.15}, within(1e-12));
        assertThat(h.weaknesses()).isEmpty();
        Highlight delay = h.strengths().get(0);
        assertThat(delay.raw()).isEqualTo(2);
        assertThat(delay.normalised()).isEqualTo(1);
        assertThat(delay.median()).isEqualTo(0.625);
        assertThat(delay.name()).isEqualTo("DELAY");
    }

    @Test
    void weaknessesMostNegativeFirst() {
        // HP: BROADBAND −0.1, PLAN 0, ONLINE −0.075, DELAY −0.125, OPS −0.05 → no strength
        Highlights h = Profiles.of(SCORES, 1, 2);
        assertThat(h.strengths()).isEmpty();
        assertThat(h.weaknesses()).extracting(Highlight::indicatorCode).containsExactly("DELAY", "BROADBAND");
        // DN: BROADBAND +0.2, PLAN −1, ONLINE +0.075, DELAY +0.125, OPS +0.05
        Highlights dn = Profiles.of(SCORES, 2, 2);
        assertThat(dn.strengths()).extracting(Highlight::indicatorCode).containsExactly("BROADBAND", "DELAY");
        assertThat(dn.weaknesses()).extracting(Highlight::indicatorCode).containsExactly("PLAN");
    }

    @Test
    void skipsIndicatorsTheUnitDidNotReport() {
        // CT: ONLINE not reported (skipped although imputed); BROADBAND −0.7, PLAN 0, DELAY −0.625, OPS −0.25
        Highlights h = Profiles.of(SCORES, 3, 5);
        assertThat(h.weaknesses()).extracting(Highlight::indicatorCode).containsExactly("BROADBAND", "DELAY", "OPS");
        assertThat(h.strengths()).isEmpty();
    }

    @Test
    void kZeroAndBadArguments() {
        assertThat(Profiles.of(SCORES, 0, 0).strengths()).isEmpty();
        assertThatThrownBy(() -> Profiles.of(SCORES, 9, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Profiles.of(SCORES, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The medians under RESCALE are over reporters only. */
    @Test
    void rescaleMediansAreOverReporters() {
        Framework framework = Examples.small(MissingValues.RESCALE);
        Scores s = ScoringEngine.score(framework, Examples.smallData(framework));
        // ONLINE: 1, 0.75, 0.9 → 0.9
        assertThat(Profiles.medians(s)[2]).isCloseTo(0.9, within(1e-12));
    }

    static final class ScoreSmall {
        static Scores zero() {
            Framework framework = Examples.small(MissingValues.ZERO);
            return ScoringEngine.score(framework, Examples.smallData(framework));
        }
    }
}
