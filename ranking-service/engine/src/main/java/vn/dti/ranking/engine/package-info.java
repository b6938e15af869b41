/**
 * The DTI scoring engine: plain Java, no Quarkus, no JPA, no I/O.
 *
 * <p>Every step of a composite index is a named function of plain data (after COINr), so each
 * can be tested on its own: {@link vn.dti.ranking.engine.Normalise} (raw value to [0, 1]),
 * {@link vn.dti.ranking.engine.Impute} (missing-value policies), {@link vn.dti.ranking.engine.Aggregate}
 * (weighted arithmetic or geometric means up the tree), {@link vn.dti.ranking.engine.Rank}
 * (standard competition ranks on rounded scores), {@link vn.dti.ranking.engine.Contributions},
 * {@link vn.dti.ranking.engine.Profiles} (strengths and weaknesses), {@link vn.dti.ranking.engine.Comparison}
 * (change against another period, split by node), {@link vn.dti.ranking.engine.Lineage} (which of a
 * period's units a later unit stands for, over several boundary changes),
 * {@link vn.dti.ranking.engine.Restatement} (an earlier period restated on a new set of units, e.g.
 * the 63 provinces on the 34 of 2025, rule MEAN_OF_PREDECESSORS; {@link vn.dti.ranking.engine.Rebase}
 * is its older form), {@link vn.dti.ranking.engine.BoundaryComparison} (previous ranks, rank changes
 * and a like-for-like mean change across such a change) and {@link vn.dti.ranking.engine.Sensitivity} (rank intervals under random weight perturbation).
 * {@link vn.dti.ranking.engine.ScoringEngine} chains them into {@link vn.dti.ranking.engine.Scores};
 * {@link vn.dti.ranking.engine.Tree} is the framework flattened into the pre-order arrays they walk.
 * The method, with a worked example, is in {@code docs/methodology.md}.
 *
 * <p>Data is held in arrays indexed {@code [indicator][unit]} (column-major: each normalisation
 * works across the units of one indicator), never in object graphs.
 */
package vn.dti.ranking.engine;
