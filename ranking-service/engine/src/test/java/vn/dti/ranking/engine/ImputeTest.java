package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dti.ranking.engine.NormaliseTest.assertScores;

import org.junit.jupiter.api.Test;

import vn.dti.ranking.engine.Framework.MissingValues;

class ImputeTest {

    static final double NaN = Double.NaN;

    @Test
    void zeroScoresAMissingValueZero() {
        assertScores(Impute.column(MissingValues.ZERO, new double[] {0.2, NaN, 0.6, NaN}), 0.2, 0, 0.6, 0);
    }

    @Test
    void meanImputesTheMeanNormalisedScoreOfTheReporters() {
        // (0.2 + 0.6)/2 = 0.4
        assertScores(Impute.column(MissingValues.MEAN, new double[] {0.2, NaN, 0.6, NaN}), 0.2, 0.4, 0.6, 0.4);
    }

    @Test
    void meanWithNobodyReportingImputesZero() {
        assertScores(Impute.column(MissingValues.MEAN, new double[] {NaN, NaN}), 0, 0);
    }

    @Test
    void rescaleLeavesTheGapForAggregation() {
        assertScores(Impute.column(MissingValues.RESCALE, new double[] {0.2, NaN}), 0.2, NaN);
    }

    @Test
    void theInputIsNotModified() {
        double[] normalised = {NaN, 1};
        Impute.all(MissingValues.ZERO, new double[][] {normalised});
        assertThat(normalised[0]).isNaN();
    }
}
