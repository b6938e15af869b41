package vn.dti.report.brief;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.dti.report.brief.BriefContent.Headline;
import vn.dti.report.brief.BriefContent.Incomplete;
import vn.dti.report.brief.BriefContent.IndicatorPosition;
import vn.dti.report.brief.BriefContent.Late;
import vn.dti.report.brief.BriefContent.MethodCount;
import vn.dti.report.brief.BriefContent.Methodology;
import vn.dti.report.brief.BriefContent.Mover;
import vn.dti.report.brief.BriefContent.Movers;
import vn.dti.report.brief.BriefContent.Pillar;
import vn.dti.report.brief.BriefContent.PillarLeader;
import vn.dti.report.brief.BriefContent.PillarStanding;
import vn.dti.report.brief.BriefContent.Profile;
import vn.dti.report.brief.BriefContent.RankingEntry;
import vn.dti.report.brief.BriefContent.Reporting;
import vn.dti.report.brief.BriefContent.TargetResult;
import vn.dti.report.brief.BriefContent.UnitRef;
import vn.dti.report.brief.BriefContent.UnitValue;
import vn.dti.report.brief.FrameworkModel.Indicator;
import vn.dti.report.brief.FrameworkModel.Target;
import vn.dti.report.brief.Inputs.Entry;
import vn.dti.report.brief.Inputs.Value;

/**
 * Computes every figure and sentence of a brief from its inputs. Pure: no I/O, no clock (the
 * creation time is given), so the same inputs always give the same brief. docs/briefs.md is the
 * reader's description of these rules; keep the two together.
 */
public final class BriefAssembler {

    /** How many units the top/bottom lists, the movers lists and the profiles' strengths/weaknesses hold. */
    public record Sizes(int top, int movers, int profileIndicators) {
    }

    private final Inputs in;
    private final Inputs.Request req;
    private final String lang;
    private final Formats f;
    private final BriefMessages msg;
    private final FrameworkModel fw;
    private final List<Entry> entries;
    private final Map<String, Entry> previous = new HashMap<>();
    private final Map<String, Map<String, Double>> percentiles = new HashMap<>();
    private final Sizes sizes;

    private BriefAssembler(Inputs in, Inputs.Request req, Sizes sizes) {
        this.in = in;
        this.req = req;
        this.sizes = sizes;
        this.lang = req.language();
        this.f = Formats.of(lang);
        this.msg = Messages.of(lang);
        this.fw = in.framework();
        this.entries = in.standings().entries().stream()
                .sorted(Comparator.comparingInt(Entry::rank).thenComparing(Entry::unitCode)).toList();
        if (in.compare() != null) {
            for (Entry e : in.compare().entries()) {
                if (in.comparableUnits().contains(e.unitCode())) {
                    previous.put(e.unitCode(), e);
                }
            }
        }
        computePercentiles();
    }

    public static BriefContent assemble(Inputs in, Inputs.Request req, String id, OffsetDateTime createdAt,
                                        String createdBy, Sizes sizes) {
        return new BriefAssembler(in, req, sizes).build(id, createdAt, createdBy);
    }

    /** "provinces", "ministries": the framework's unit type in a sentence. */
    private String unitsNoun() {
        String noun = Messages.label(msg, "units_" + fw.unitType());
        return noun != null ? noun : "vi".equals(lang) ? "đơn vị" : "units";
    }

    /** The same at the start of a sentence. */
    private String unitsNounCapitalised() {
        String noun = Messages.label(msg, "unitsCap_" + fw.unitType());
        return noun != null ? noun : "vi".equals(lang) ? "Đơn vị" : "Units";
    }

    private String places(int n) {
        return n == 1 ? msg.place() : msg.places();
    }

    private BriefContent build(String id, OffsetDateTime createdAt, String createdBy) {
        List<RankingEntry> ranking = entries.stream().map(this::rankingEntry).toList();
        int n = ranking.size();
        List<RankingEntry> top = ranking.subList(0, Math.min(sizes.top(), n));
        List<RankingEntry> bottom = ranking.subList(Math.max(0, n - sizes.top()), n);
        List<Pillar> pillars = fw.pillars().stream().map(p -> new Pillar(p.code(), p.name(lang), p.weight(), p.share())).toList();
        Headline headline = headline();
        List<TargetResult> targets = fw.targets().stream().map(this::target).toList();
        Reporting reporting = reporting();
        return new BriefContent(id, req.title(), req.meetingDate(), lang, createdAt, createdBy, fw.code(), fw.name(lang),
                req.period(), in.compare() == null ? null : in.compare().period(), in.standings().version(),
                in.standings().computedAt(), in.compare() == null ? null : in.compare().version(), dataCutoff(),
                summary(headline, targets, reporting), headline, ranking, List.copyOf(top), List.copyOf(bottom), pillars,
                pillarLeaders(), movers(), targets, reporting, profiles(), methodology(), release(), compareBasis());
    }

    /** The release the brief is made from, with every unit's submissions (sorted), or null. */
    private BriefContent.Release release() {
        Inputs.Release r = in.release();
        if (r == null) {
            return null;
        }
        List<BriefContent.UnitProvenance> provenance = entries.stream().map(Entry::unitCode).sorted()
                .map(u -> new BriefContent.UnitProvenance(u, r.provenance().getOrDefault(u, List.of()))).toList();
        List<BriefContent.ReleaseChange> changes = r.changes().stream()
                .sorted(Comparator.comparing(Inputs.ReleaseChange::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Inputs.ReleaseChange::unitCode))
                .map(c -> new BriefContent.ReleaseChange(c.unitCode(), c.unitName(), c.previousRank(), c.rank(), c.previousScore(), c.score()))
                .toList();
        return new BriefContent.Release(r.id(), r.revision(), r.label(), r.basis(), r.releasedAt(), provenance,
                r.supersededRevision(), changes);
    }

    /** Across a boundary: the basis of the comparison and the sentence that says it (null within one boundary). */
    private BriefContent.CompareBasis compareBasis() {
        Inputs.Boundary b = in.boundary();
        if (b == null) {
            return null;
        }
        List<BriefContent.MergedUnit> merged = entries.stream()
                .filter(e -> b.predecessors().containsKey(e.unitCode()) && !b.predecessors().get(e.unitCode()).equals(List.of(e.unitCode())))
                .sorted(Comparator.comparing(Entry::unitCode))
                .map(e -> new BriefContent.MergedUnit(e.unitCode(), e.unitName(), b.predecessors().get(e.unitCode())))
                .toList();
        return new BriefContent.CompareBasis("RESTATED", b.asOf(), b.rule(), b.unitsCompared(), b.compareUnits(), merged,
                compareBasisSentence());
    }

    private String compareBasisSentence() {
        Inputs.Boundary b = in.boundary();
        return msg.s_compareBasis(f.integer(b.unitsCompared()), unitsNoun(), req.period(), f.integer(b.compareUnits()),
                in.compare().period());
    }

    // ---------------------------------------------------------------------------------- values

    private Map<String, Value> valuesOf(String unit) {
        return in.values().getOrDefault(unit, Map.of());
    }

    private Double value(String unit, String indicator) {
        Value v = valuesOf(unit).get(indicator);
        return v == null ? null : v.value();
    }

    private int reportedCount(String unit) {
        Map<String, Value> v = valuesOf(unit);
        return (int) fw.indicators().stream().filter(i -> v.containsKey(i.code())).count();
    }

    private OffsetDateTime dataCutoff() {
        OffsetDateTime max = null;
        for (Entry e : entries) {
            for (Indicator i : fw.indicators()) {
                Value v = valuesOf(e.unitCode()).get(i.code());
                if (v != null && (max == null || v.receivedAt().isAfter(max))) {
                    max = v.receivedAt();
                }
            }
        }
        return max;
    }

    /**
     * Per indicator, each reporting unit's position among the reporting units: the share of the
     * others it does better than (ties count half), so 1 = best, 0 = worst, 0.5 = the median;
     * "better" follows the indicator's direction. Needs at least two reporting units.
     */
    private void computePercentiles() {
        for (Indicator i : fw.indicators()) {
            List<Map.Entry<String, Double>> reported = new ArrayList<>();
            for (Entry e : entries) {
                Double v = value(e.unitCode(), i.code());
                if (v != null) {
                    reported.add(Map.entry(e.unitCode(), v));
                }
            }
            if (reported.size() < 2) {
                continue;
            }
            for (Map.Entry<String, Double> u : reported) {
                double better = 0;
                for (Map.Entry<String, Double> o : reported) {
                    if (o == u) {
                        continue;
                    }
                    int c = Double.compare(u.getValue(), o.getValue());
                    if (i.lowerIsBetter()) {
                        c = -c;
                    }
                    better += c > 0 ? 1 : c == 0 ? 0.5 : 0;
                }
                percentiles.computeIfAbsent(u.getKey(), k -> new HashMap<>()).put(i.code(), better / (reported.size() - 1));
            }
        }
    }

    // -------------------------------------------------------------------------------- sections

    private RankingEntry rankingEntry(Entry e) {
        Entry p = previous.get(e.unitCode());
        List<PillarStanding> pillars = e.children().stream().map(c -> new PillarStanding(c.code(), c.score(), c.rank())).toList();
        return new RankingEntry(e.rank(), e.unitCode(), e.unitName(), e.score(), e.complete(), e.missing(),
                p == null ? null : p.rank(), p == null ? null : p.rank() - e.rank(), p == null ? null : p.score(),
                p == null ? null : e.score() - p.score(), pillars);
    }

    private Headline headline() {
        int n = entries.size();
        int indicators = fw.indicators().size();
        int reported = 0;
        int full = 0;
        int reporting = 0;
        int late = 0;
        int onTimeUnits = 0;
        for (Entry e : entries) {
            int count = reportedCount(e.unitCode());
            reported += count;
            if (count > 0) {
                reporting++;
            }
            if (count == indicators && indicators > 0) {
                full++;
            }
            int unitLate = lateCount(e.unitCode());
            late += unitLate;
            if (count > 0 && unitLate == 0) {
                onTimeUnits++;
            }
        }
        int expected = n * indicators;
        double[] scores = entries.stream().mapToDouble(Entry::score).toArray();
        double mean = mean(scores);
        Double compareMean = null;
        Double compareMedian = null;
        if (in.compare() != null && !in.compare().entries().isEmpty()) {
            double[] before = in.compare().entries().stream().mapToDouble(Entry::score).toArray();
            compareMean = mean(before);
            compareMedian = median(before);
        }
        Double meanChange = compareMean == null ? null : mean - compareMean;
        if (in.boundary() != null) {
            // like for like: both means over exactly the units that have a previous figure
            compareMean = in.boundary().previousMeanScore();
            meanChange = in.boundary().meanChange();
        }
        return new Headline(n, indicators, expected, reported, expected == 0 ? null : (double) reported / expected,
                reporting, full, late, reported == 0 ? null : (double) (reported - late) / reported, onTimeUnits,
                mean, median(scores), compareMean, meanChange, compareMedian);
    }

    private int lateCount(String unit) {
        Map<String, Value> v = valuesOf(unit);
        return (int) fw.indicators().stream().filter(i -> v.containsKey(i.code()) && v.get(i.code()).late()).count();
    }

    private List<String> summary(Headline h, List<TargetResult> targets, Reporting reporting) {
        List<String> s = new ArrayList<>();
        if (in.release() != null) {
            s.add(msg.s_release(in.release().label(), f.integer(in.release().revision()), f.dateTime(in.release().releasedAt()),
                    f.integer(in.standings().version()), f.dateTime(in.standings().computedAt()), f.dateTime(dataCutoff())));
        }
        s.add(msg.s_coverage(f.integer(h.unitsRanked()), unitsNoun(), fw.name(lang), req.period(),
                f.integer(h.reportedValues()), f.integer(h.expectedValues()), f.share(h.completeness()),
                f.integer(h.unitsFullyReported())));
        if (!entries.isEmpty()) {
            List<Entry> leaders = entries.stream().filter(e -> e.rank() == entries.get(0).rank()).toList();
            String leaderNames = leaders.stream().map(Entry::unitName).collect(Collectors.joining(" " + msg.and() + " "));
            Entry next = entries.stream().filter(e -> e.rank() > leaders.get(0).rank()).findFirst().orElse(null);
            s.add(next == null
                    ? msg.s_leaderAlone(leaderNames, f.score(leaders.get(0).score()))
                    : msg.s_leader(leaderNames, f.score(leaders.get(0).score()), next.unitName(), f.score(next.score())));
            if (h.meanChange() == null) {
                s.add(msg.s_mean(f.score(h.meanScore()), f.score(h.medianScore())));
            } else if (f.score(Math.abs(h.meanChange())).equals(f.score(0))) {
                s.add(msg.s_meanSame(f.score(h.meanScore()), f.score(h.medianScore()), in.compare().period()));
            } else {
                s.add(msg.s_meanChange(f.score(h.meanScore()), f.score(h.medianScore()),
                        h.meanChange() > 0 ? msg.up() : msg.down(), f.score(Math.abs(h.meanChange())), in.compare().period()));
            }
            if (in.boundary() != null) {
                s.add(compareBasisSentence());
            }
        }
        if (!targets.isEmpty()) {
            long met = targets.stream().filter(t -> Boolean.TRUE.equals(t.met())).count();
            s.add(msg.s_targets(f.integer(met), f.integer(targets.size())));
        }
        s.add(msg.s_reporting(unitsNounCapitalised(), f.integer(reporting.notReported().size()),
                f.integer(reporting.incomplete().size()), f.integer(reporting.late().size()), f.share(h.onTimeShare()),
                unitsNoun()));
        return List.copyOf(s);
    }

    private List<PillarLeader> pillarLeaders() {
        List<PillarLeader> leaders = new ArrayList<>();
        for (FrameworkModel.Node pillar : fw.pillars()) {
            for (Entry e : entries) {
                Inputs.Child c = e.child(pillar.code());
                if (c == null || c.rank() != 1) {
                    continue;
                }
                Indicator best = strongestIn(e.unitCode(), pillar.code());
                Double v = best == null ? null : value(e.unitCode(), best.code());
                String sentence = msg.s_pillarLeader(e.unitName(), Formats.inSentence(pillar.name(lang)), f.score(c.score()));
                if (best != null) {
                    // "at yes" reads badly: a yes/no indicator is named with its answer instead
                    String indicator = Formats.inSentence(best.name(lang));
                    String value = f.value(v, best.unit());
                    sentence += "BOOLEAN".equals(best.unit())
                            ? " " + msg.s_pillarLeaderYesNo(indicator, value)
                            : msg.s_pillarLeaderIndicator(indicator, value);
                }
                leaders.add(new PillarLeader(pillar.code(), pillar.name(lang), e.unitCode(), e.unitName(), c.score(),
                        best == null ? null : best.code(), best == null ? null : best.name(lang), v,
                        best == null ? null : best.unit(), sentence + "."));
            }
        }
        return List.copyOf(leaders);
    }

    /** The unit's best-placed indicator within a pillar (ties: the heavier indicator, then framework order). */
    private Indicator strongestIn(String unit, String pillar) {
        Map<String, Double> p = percentiles.getOrDefault(unit, Map.of());
        Indicator best = null;
        for (Indicator i : fw.indicators()) {
            if (!i.pillarCode().equals(pillar) || !p.containsKey(i.code())) {
                continue;
            }
            if (best == null || p.get(i.code()) > p.get(best.code())
                    || (p.get(i.code()).equals(p.get(best.code())) && i.weightInPillar() > best.weightInPillar())) {
                best = i;
            }
        }
        return best;
    }

    private Movers movers() {
        if (in.compare() == null) {
            return new Movers(List.of(), List.of());
        }
        List<Mover> all = new ArrayList<>();
        for (Entry e : entries) {
            Entry p = previous.get(e.unitCode());
            if (p == null || p.rank() == e.rank()) {
                continue;
            }
            all.add(mover(e, p));
        }
        List<Mover> up = all.stream().filter(x -> x.rankChange() > 0)
                .sorted(Comparator.comparingInt(Mover::rankChange).reversed()
                        .thenComparing(Comparator.comparingDouble(Mover::scoreChange).reversed())
                        .thenComparing(Mover::unitCode))
                .limit(sizes.movers()).toList();
        List<Mover> down = all.stream().filter(x -> x.rankChange() < 0)
                .sorted(Comparator.comparingInt(Mover::rankChange)
                        .thenComparingDouble(Mover::scoreChange)
                        .thenComparing(Mover::unitCode))
                .limit(sizes.movers()).toList();
        return new Movers(up, down);
    }

    /** The pillar with the largest |share × pillar score change| moved the unit most. */
    private Mover mover(Entry now, Entry before) {
        FrameworkModel.Node moved = null;
        double bestContribution = 0;
        double bestChange = 0;
        for (FrameworkModel.Node pillar : fw.pillars()) {
            Inputs.Child a = now.child(pillar.code());
            Inputs.Child b = before.child(pillar.code());
            if (a == null || b == null) {
                continue;
            }
            double change = a.score() - b.score();
            double contribution = change * pillar.share();
            if (moved == null || Math.abs(contribution) > Math.abs(bestContribution)) {
                moved = pillar;
                bestContribution = contribution;
                bestChange = change;
            }
        }
        int rankChange = before.rank() - now.rank();
        int places = Math.abs(rankChange);
        String sentence = rankChange > 0
                ? msg.s_moverUp(now.unitName(), f.integer(places), places(places), f.ordinal(now.rank()), f.ordinal(before.rank()))
                : msg.s_moverDown(now.unitName(), f.integer(places), places(places), f.ordinal(now.rank()), f.ordinal(before.rank()));
        if (moved != null) {
            boolean with = (rankChange > 0) == (bestContribution > 0);
            String pillar = Formats.inSentence(moved.name(lang));
            String change = f.signedScore(bestContribution);
            sentence += !with ? msg.s_moverPillarAgainst(pillar, change)
                    : rankChange > 0 ? msg.s_moverPillarUp(pillar, change) : msg.s_moverPillarDown(pillar, change);
        }
        return new Mover(now.unitCode(), now.unitName(), now.rank(), before.rank(), rankChange, now.score() - before.score(),
                moved == null ? null : moved.code(), moved == null ? null : moved.name(lang),
                moved == null ? null : bestChange, moved == null ? null : bestContribution, sentence + ".");
    }

    static boolean satisfies(double v, String comparator, double target) {
        return switch (comparator) {
            case ">=" -> v >= target;
            case ">" -> v > target;
            case "<=" -> v <= target;
            case "<" -> v < target;
            case "==" -> Math.abs(v - target) <= 1e-9 * Math.max(1, Math.abs(target));
            default -> false;
        };
    }

    private TargetResult target(Target t) {
        Indicator indicator = fw.indicator(t.indicatorCode());
        String unit = indicator == null ? "NUMBER" : indicator.unit();
        String name = indicator == null ? t.indicatorCode() : indicator.name(lang);
        List<UnitValue> reported = new ArrayList<>();
        List<UnitRef> without = new ArrayList<>();
        for (Entry e : entries) {
            Double v = value(e.unitCode(), t.indicatorCode());
            if (v == null) {
                without.add(new UnitRef(e.unitCode(), e.unitName()));
            } else {
                reported.add(new UnitValue(e.unitCode(), e.unitName(), v));
            }
        }
        without.sort(Comparator.comparing(UnitRef::unitCode));
        Double figure = reported.isEmpty() ? null : reported.stream().mapToDouble(UnitValue::value).average().orElseThrow();
        Boolean met = figure == null ? null : satisfies(figure, t.comparator(), t.value());
        // worst first: the furthest from meeting the target leads the follow-up list
        Comparator<UnitValue> worstFirst = switch (t.comparator()) {
            case "<=", "<" -> Comparator.comparingDouble(UnitValue::value).reversed();
            case "==" -> Comparator.comparingDouble((UnitValue u) -> Math.abs(u.value() - t.value())).reversed();
            default -> Comparator.comparingDouble(UnitValue::value);
        };
        List<UnitValue> below = reported.stream().filter(u -> !satisfies(u.value(), t.comparator(), t.value()))
                .sorted(worstFirst.thenComparing(UnitValue::unitCode)).toList();
        String label = t.label(lang);
        String comparator = Messages.label(msg, Messages.comparatorKey(t.comparator()));
        if (comparator == null) {
            throw new IllegalArgumentException("no message for comparator " + t.comparator());
        }
        String sentence;
        if (figure == null) {
            sentence = msg.s_targetNoData(label, comparator, f.value(t.value(), unit));
        } else {
            sentence = msg.s_target(label, f.value(figure, unit), comparator, f.value(t.value(), unit),
                    met ? msg.met() : msg.notMet());
            sentence += " " + (below.isEmpty()
                    ? msg.s_targetNoneBelow(f.integer(reported.size()), unitsNoun())
                    : msg.s_targetBelow(f.integer(below.size()), f.integer(reported.size()), unitsNoun()));
        }
        return new TargetResult(t.indicatorCode(), name, label, t.comparator(), t.value(), unit, figure, met,
                reported.size(), reported.size() - below.size(), below, List.copyOf(without), sentence);
    }

    private Reporting reporting() {
        List<UnitRef> notReported = new ArrayList<>();
        List<Incomplete> incomplete = new ArrayList<>();
        List<Late> late = new ArrayList<>();
        int indicators = fw.indicators().size();
        List<Entry> byCode = entries.stream().sorted(Comparator.comparing(Entry::unitCode)).toList();
        for (Entry e : byCode) {
            int count = reportedCount(e.unitCode());
            if (count == 0) {
                notReported.add(new UnitRef(e.unitCode(), e.unitName()));
            } else if (count < indicators) {
                incomplete.add(new Incomplete(e.unitCode(), e.unitName(), count, indicators));
            }
            int lateValues = lateCount(e.unitCode());
            if (lateValues > 0) {
                OffsetDateTime last = fw.indicators().stream().map(i -> valuesOf(e.unitCode()).get(i.code()))
                        .filter(v -> v != null).map(Value::receivedAt).max(Comparator.naturalOrder()).orElse(null);
                late.add(new Late(e.unitCode(), e.unitName(), lateValues, last));
            }
        }
        if (in.reviews() == null) {
            return new Reporting(in.dueAt(), List.copyOf(notReported), List.copyOf(incomplete), List.copyOf(late));
        }
        List<UnitRef> awaiting = new ArrayList<>();
        List<BriefContent.Returned> returned = new ArrayList<>();
        for (Entry e : byCode) {
            Inputs.Review r = in.reviews().get(e.unitCode());
            if (r == null) {
                continue; // not reported
            }
            if (r.decision() == null) {
                awaiting.add(new UnitRef(e.unitCode(), e.unitName()));
            } else if ("RETURN".equals(r.decision())) {
                returned.add(new BriefContent.Returned(e.unitCode(), e.unitName(), r.comment()));
            }
        }
        return new Reporting(in.dueAt(), List.copyOf(notReported), List.copyOf(incomplete), List.copyOf(late),
                List.copyOf(awaiting), List.copyOf(returned));
    }

    private List<Profile> profiles() {
        List<Profile> profiles = new ArrayList<>();
        int n = entries.size();
        for (Entry e : entries) {
            List<PillarStanding> pillars = e.children().stream().map(c -> new PillarStanding(c.code(), c.score(), c.rank())).toList();
            Map<String, Double> p = percentiles.getOrDefault(e.unitCode(), Map.of());
            List<IndicatorPosition> positions = fw.indicators().stream().filter(i -> p.containsKey(i.code()))
                    .map(i -> new IndicatorPosition(i.code(), i.name(lang), value(e.unitCode(), i.code()), i.unit(), p.get(i.code())))
                    .toList();
            List<IndicatorPosition> strengths = positions.stream().filter(x -> x.percentile() > 0.5)
                    .sorted(Comparator.comparingDouble(IndicatorPosition::percentile).reversed())
                    .limit(sizes.profileIndicators()).toList();
            List<IndicatorPosition> weaknesses = positions.stream().filter(x -> x.percentile() < 0.5)
                    .sorted(Comparator.comparingDouble(IndicatorPosition::percentile))
                    .limit(sizes.profileIndicators()).toList();
            profiles.add(new Profile(e.unitCode(), e.unitName(), e.rank(), e.score(), pillars, strengths, weaknesses,
                    profileText(e, n, strengths, weaknesses)));
        }
        return List.copyOf(profiles);
    }

    private String profileText(Entry e, int n, List<IndicatorPosition> strengths, List<IndicatorPosition> weaknesses) {
        int count = reportedCount(e.unitCode());
        if (count == 0) {
            return msg.s_profileNothing(e.unitName(), req.period(), f.ordinal(e.rank()), f.integer(n));
        }
        StringBuilder s = new StringBuilder(msg.s_profile(e.unitName(), f.ordinal(e.rank()), f.integer(n), f.score(e.score())));
        Entry before = previous.get(e.unitCode());
        if (before != null) {
            int change = before.rank() - e.rank();
            int places = Math.abs(change);
            String how = change == 0 ? msg.s_profileSame()
                    : change > 0 ? msg.s_profileUp(f.integer(places), places(places))
                    : msg.s_profileDown(f.integer(places), places(places));
            s.append(' ').append(msg.s_profileChange(how, f.ordinal(before.rank()), in.compare().period()));
        }
        List<String> pillarParts = new ArrayList<>();
        for (FrameworkModel.Node pillar : fw.pillars()) {
            Inputs.Child c = e.child(pillar.code());
            if (c != null) {
                pillarParts.add(msg.s_profilePillar(f.ordinal(c.rank()), Formats.inSentence(pillar.name(lang))));
            }
        }
        if (!pillarParts.isEmpty()) {
            s.append("; ").append(String.join(", ", pillarParts));
        }
        s.append('.');
        if (!strengths.isEmpty()) {
            s.append(' ').append(msg.s_profileStrengths(positions(strengths)));
        }
        if (!weaknesses.isEmpty()) {
            s.append(' ').append(msg.s_profileWeaknesses(positions(weaknesses)));
        }
        if (count < fw.indicators().size()) {
            s.append(' ').append(msg.s_profileMissing(f.integer(fw.indicators().size() - count),
                    f.integer(fw.indicators().size())));
        }
        return s.toString();
    }

    private String positions(List<IndicatorPosition> list) {
        return list.stream().map(x -> msg.s_indicatorValue(Formats.inSentence(x.indicatorName()), f.value(x.value(), x.unit())))
                .collect(Collectors.joining("; "));
    }

    private Methodology methodology() {
        Map<String, Integer> methods = new LinkedHashMap<>();
        for (Indicator i : fw.indicators()) {
            methods.merge(i.method(), 1, Integer::sum);
        }
        List<MethodCount> normalisation = methods.entrySet().stream().map(x -> new MethodCount(x.getKey(), x.getValue())).toList();
        List<Pillar> pillars = fw.pillars().stream().map(p -> new Pillar(p.code(), p.name(lang), p.weight(), p.share())).toList();
        List<String> notes = new ArrayList<>(List.of(msg.note_scores(), msg.note_national(), msg.note_completeness(),
                msg.note_movers(), msg.note_profile()));
        if (in.release() != null) {
            notes.add(msg.note_release(in.release().label(), f.integer(in.release().revision()), f.dateTime(in.release().releasedAt())));
        }
        OffsetDateTime cutoff = dataCutoff();
        if (cutoff != null && cutoff.isAfter(in.standings().computedAt())) {
            // the raw-value figures may count values that the scores and ranks do not include yet
            notes.add(msg.note_valuesAfterStandings(f.dateTime(cutoff), f.dateTime(in.standings().computedAt())));
        }
        return new Methodology(fw.code(), fw.name(lang), fw.version(), fw.rootCode(), pillars, normalisation,
                fw.missingValues(), fw.rankPrecision(), in.standings().version(), in.standings().computedAt(),
                in.compare() == null ? null : in.compare().version(), in.compare() == null ? null : in.compare().computedAt(),
                cutoff, List.copyOf(notes));
    }

    // ------------------------------------------------------------------------------- statistics

    static double mean(double[] xs) {
        if (xs.length == 0) {
            return 0;
        }
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.length;
    }

    static double median(double[] xs) {
        if (xs.length == 0) {
            return 0;
        }
        double[] s = xs.clone();
        java.util.Arrays.sort(s);
        int mid = s.length / 2;
        return s.length % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
    }
}
