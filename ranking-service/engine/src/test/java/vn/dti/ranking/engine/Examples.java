package vn.dti.ranking.engine;

import static vn.dti.ranking.engine.Framework.Node.aggregate;
import static vn.dti.ranking.engine.Framework.Node.indicator;

import vn.dti.ranking.engine.Framework.Method;
import vn.dti.ranking.engine.Framework.MissingValues;
import vn.dti.ranking.engine.Framework.Rule;

/**
 * The small framework computed by hand in {@link ScoringEngineTest} and in docs/methodology.md
 * ("Worked example"): two pillars, five indicators, four provinces.
 */
final class Examples {

    static final double NaN = Double.NaN;

    private Examples() {
    }

    /**
     * DTI = 0.6 × INFRA + 0.4 × GOV; INFRA = 2/3 BROADBAND (goalposts 50..100) + 1/3 PLAN (yes/no);
     * GOV = 1/4 ONLINE (target 80) + 1/4 DELAY (min-max, lower is better) + 1/2 OPS (already in [0, 1]).
     */
    static Framework small(MissingValues missingValues) {
        return new Framework("SMALL", 4, missingValues, aggregate("DTI", 1,
                aggregate("INFRA", 0.6,
                        indicator("BROADBAND", 2, Rule.goalposts(50, 100)),
                        indicator("PLAN", 1, Rule.of(Method.BOOLEAN))),
                aggregate("GOV", 0.4,
                        indicator("ONLINE", 1, Rule.target(80)),
                        indicator("DELAY", 1, Rule.of(Method.MIN_MAX).lowerIsBetter()),
                        indicator("OPS", 2, Rule.of(Method.NONE)))));
    }

    static final String[] UNITS = {"HN", "HP", "DN", "CT"};

    /** CT has not reported ONLINE. Columns HN, HP, DN, CT. */
    static Dataset smallData(Framework framework) {
        return rows(framework, UNITS, new double[][] {
                {90, 80, 95, 50},        // BROADBAND, %
                {1, 1, 0, 1},            // PLAN, yes/no
                {88, 60, 72, NaN},       // ONLINE, % against a target of 80
                {2, 6, 4, 10},           // DELAY, days
                {0.9, 0.7, 0.8, 0.5}});  // OPS, share
    }

    static Dataset rows(Framework framework, String[] units, double[][] values) {
        return new Dataset(units.clone(), framework.indicatorCodes(), values);
    }
}
