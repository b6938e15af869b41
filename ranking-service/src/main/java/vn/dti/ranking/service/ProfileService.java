package vn.dti.ranking.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.plumbing.period.PeriodCode;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.ranking.engine.Comparison;
import vn.dti.ranking.engine.Profiles;
import vn.dti.ranking.engine.Restatement;
import vn.dti.ranking.engine.Scores;
import vn.dti.ranking.engine.Sensitivity;
import vn.dti.ranking.mapping.ProfileView;
import vn.dti.ranking.mapping.SensitivityView;
import vn.dti.ranking.mapping.StandingsView;
import vn.dti.ranking.repository.StandingsRepository.Key;

/** Answers standings by node, unit profiles and sensitivity from the latest standings snapshot. */
@ApplicationScoped
public class ProfileService {

    /** Strengths and weaknesses listed per unit. */
    static final int HIGHLIGHTS = 3;

    @Inject
    StandingsService standings;

    @Inject
    RestatementService restatements;

    public Snapshot snapshot(String frameworkCode, String period) {
        return snapshot(frameworkCode, period, null);
    }

    /** The latest snapshot on {@code basis} (submitted or approved; null: the framework's default). */
    public Snapshot snapshot(String frameworkCode, String period, String basis) {
        return standings.latest(new Key(frameworkCode, period), standings.basis(frameworkCode, basis)).orElseThrow(() -> ProblemException.notFound(
                "No standings for framework " + frameworkCode + " and period " + period
                        + " (unknown framework or period, or nothing reported yet)."));
    }

    /**
     * Version {@code version} on {@code basis} (null: the framework's default), rebuilt from its stored inputs;
     * 404 for a version that never existed, 410 for one dropped by retention (never another version).
     */
    public Snapshot snapshot(String frameworkCode, String period, String basis, int version) {
        return standings.version(new Key(frameworkCode, period), standings.basis(frameworkCode, basis), version);
    }

    public StandingsView byNode(Snapshot s, String node) {
        int n = s.scores().nodeIndex(node);
        if (n < 0) {
            throw ProblemException.notFound("Framework " + s.frameworkCode() + " has no node " + node + ".");
        }
        return StandingsView.of(s.frameworkCode(), s.period(), s.version(), s.computedAt(), s.basis(), s.scores(), s.unitNames(), n);
    }

    public ProfileView profile(Snapshot s, String unitCode, String compareTo) {
        Scores scores = s.scores();
        int u = scores.unitIndex(unitCode);
        if (u < 0) {
            throw ProblemException.notFound("Unit " + unitCode + " is not ranked in " + s.frameworkCode() + " " + s.period()
                    + " (not a unit of the framework's type valid in the period).");
        }
        List<ProfileView.IndicatorView> indicators = new ArrayList<>();
        for (Scores.NodeInfo leaf : scores.leaves()) {
            int i = leaf.leaf();
            indicators.add(new ProfileView.IndicatorView(leaf.code(), leaf.name(), finite(scores.raw()[i][u]),
                    finite(scores.normalised()[i][u]), scores.contribution()[i][u], scores.rank()[leaf.index()][u], s.source(i, u)));
        }
        Profiles.Highlights highlights = Profiles.of(scores, u, HIGHLIGHTS);
        ProfileView.ComparisonView comparison = compareTo == null ? null : compare(s, u, compareTo);
        return new ProfileView(s.frameworkCode(), s.period(), s.version(), s.computedAt(), s.basis(), unitCode, s.unitName(u),
                scores.units().length, scores.score()[Scores.ROOT][u], scores.rank()[Scores.ROOT][u], scores.complete(u),
                scores.missing()[u], node(scores, Scores.ROOT, u), indicators, highlights(highlights.strengths()),
                highlights(highlights.weaknesses()), comparison);
    }

    public SensitivityView sensitivity(Snapshot s, int runs, long seed, double noise) {
        Sensitivity.Result r = Sensitivity.run(s.framework(), s.dataset(), runs, seed, noise);
        Integer[] order = new Integer[r.units().length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> r.nominalRank()[i]).thenComparing(i -> r.units()[i]));
        List<SensitivityView.UnitInterval> units = new ArrayList<>(order.length);
        for (int i : order) {
            int u = s.scores().unitIndex(r.units()[i]);
            units.add(new SensitivityView.UnitInterval(r.units()[i], s.unitName(u), r.nominalRank()[i], r.medianRank()[i],
                    r.p5Rank()[i], r.p95Rank()[i]));
        }
        return new SensitivityView(s.frameworkCode(), s.period(), s.version(), s.computedAt(), runs, seed, noise, units);
    }

    /**
     * {@code compareTo} is a period of the same framework ({@code 2023}) or another framework's
     * ({@code DTI-2023-PROVINCE/2023}). The unit is compared with the same unit version if it
     * existed then; across a boundary change, the earlier standings are restated on the current
     * units (a merged unit is the mean of its predecessors, as the 2024 DTI was published on the
     * 34-unit basis) and the comparison says so ({@code compareBasis} RESTATED, {@code restatedAsOf}).
     */
    private ProfileView.ComparisonView compare(Snapshot current, int u, String compareTo) {
        int slash = compareTo.indexOf('/');
        String fw = slash < 0 ? current.frameworkCode() : compareTo.substring(0, slash);
        String period = slash < 0 ? compareTo : compareTo.substring(slash + 1);
        if (PeriodCode.parse(period) == null) {
            throw ProblemException.badRequest("compareTo must be a period (2023) or FRAMEWORK/PERIOD (DTI-2023-PROVINCE/2023): "
                    + compareTo + ".");
        }
        Snapshot previous = standings.latest(new Key(fw, period), standings.basis(fw, current.basis())).orElseThrow(() -> ProblemException.notFound(
                "No standings to compare with: framework " + fw + ", period " + period + "."));
        Scores now = current.scores();
        Scores then = previous.scores();
        String unitCode = now.units()[u];

        // The same unit versions in both periods: compared as published. Otherwise (a boundary
        // change between them) the earlier period is restated on the current units, on the units
        // valid on the current period's last day, as the restated standings are (Lineage over any
        // number of steps; a unit without lineage has nothing to compare with).
        boolean identical = now.units().length == then.units().length;
        for (int c = 0; identical && c < now.units().length; c++) {
            int p = then.unitIndex(now.units()[c]);
            identical = p >= 0 && previous.unitValidFrom()[p].equals(current.unitValidFrom()[c]);
        }
        LocalDate restatedAsOf = null;
        Scores base;
        List<String> comparedWith;
        if (identical) {
            base = then;
            comparedWith = List.of(unitCode);
        } else {
            restatedAsOf = PeriodCode.parse(current.period()).endsOn();
            Map<String, List<String>> lineage = restatements.predecessors(previous, restatedAsOf, now.units());
            comparedWith = lineage.getOrDefault(unitCode, List.of());
            base = lineage.isEmpty() ? null : Restatement.of(then, lineage).scores();
        }
        String kind = comparedWith.isEmpty() ? "NONE" : comparedWith.equals(List.of(unitCode)) ? "SAME_UNIT" : "PREDECESSORS_MEAN";
        if (comparedWith.isEmpty()) {
            base = null;
        }
        Comparison.UnitChange change = Comparison.of(now, base, unitCode);
        List<ProfileView.NodeChangeView> nodes = change.nodes().stream()
                .map(n -> new ProfileView.NodeChangeView(n.code(), n.score(), n.previousScore(), n.rank(), n.previousRank(),
                        n.contributionChange()))
                .toList();
        return new ProfileView.ComparisonView(fw, period, previous.version(), kind, comparedWith,
                restatedAsOf == null ? "SAME_UNITS" : "RESTATED", restatedAsOf, restatedAsOf == null ? null : Restatement.RULE,
                change.previousScore(), change.scoreChange(), change.previousRank(), change.rankChange(), nodes);
    }

    private static ProfileView.NodeView node(Scores scores, int n, int u) {
        Scores.NodeInfo info = scores.nodes().get(n);
        List<ProfileView.NodeView> children = null;
        if (!info.isLeaf()) {
            children = new ArrayList<>(info.children().length);
            for (int child : info.children()) {
                children.add(node(scores, child, u));
            }
        }
        return new ProfileView.NodeView(info.code(), info.name(), info.weight(), scores.score()[n][u], scores.rank()[n][u],
                children);
    }

    private static List<ProfileView.HighlightView> highlights(List<Profiles.Highlight> list) {
        return list.stream().map(h -> new ProfileView.HighlightView(h.indicatorCode(), h.name(), finite(h.raw()),
                h.normalised(), h.median(), h.gap())).toList();
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
