package vn.dti.report.brief;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The brief's headings, labels and sentences: a Qute message bundle whose texts are in
 * {@code messages/brief_en.properties} (the default locale) and {@code messages/brief_vi.properties}.
 * A method's name is its key; a sentence's parameters are its blanks, filled with values already
 * formatted for the language ({@link Formats}). The build checks that every key has a method and
 * every blank a parameter. Keys follow a prefix: {@code s_} a sentence, {@code note_} a methodology
 * note, {@code method_}/{@code missing_}/{@code cmp_}/{@code units_}/{@code unitsCap_} the text of a
 * code (looked up by key, see {@link Messages#label}).
 */
@MessageBundle(value = "brief", locale = "en")
public interface BriefMessages {

    @Message String lang();
    @Message String kind();
    @Message String contents();
    @Message String meeting();
    @Message String period();
    @Message String comparePeriod();
    @Message String framework();
    @Message String createdAt();
    @Message String createdBy();
    @Message String headline();
    @Message String summary();
    @Message String unitsRanked();
    @Message String completeness();
    @Message String valuesReported();
    @Message String unitsFullyReported();
    @Message String onTimeShare();
    @Message String unitsOnTime();
    @Message String meanScore();
    @Message String medianScore();
    @Message String meanChange();
    @Message String ranking();
    @Message String scoreBars();
    @Message String rank();
    @Message String change();
    @Message String unit();
    @Message String score();
    @Message String scoreChange();
    @Message String previousRank();
    @Message String status();
    @Message String complete();
    @Message String missing();
    @Message String topBottom();
    @Message String top();
    @Message String bottom();
    @Message String pillarLeaders();
    @Message String pillar();
    @Message String leader();
    @Message String strongestIndicator();
    @Message String movers();
    @Message String moversUp();
    @Message String moversDown();
    @Message String movedBy();
    @Message String weightedChange();
    @Message String noMovers();
    @Message String noComparison();
    @Message String targets();
    @Message String target();
    @Message String nationalFigure();
    @Message String met();
    @Message String notMet();
    @Message String noData();
    @Message String unitsBelow();
    @Message String noneBelow();
    @Message String withoutValue();
    @Message String value();
    @Message String reporting();
    @Message String notReported();
    @Message String incomplete();
    @Message String late();
    @Message String awaitingReview();
    @Message String returned();
    @Message String reviewComment();
    @Message String dueAt();
    @Message String noDeadline();
    @Message String reported();
    @Message String expected();
    @Message String lateValues();
    @Message String lastReceived();
    @Message String none();
    @Message String heatMap();
    @Message String heatMapNote();
    @Message String profiles();
    @Message String strengths();
    @Message String weaknesses();
    @Message String methodology();
    @Message String frameworkVersion();
    @Message String weights();
    @Message String weight();
    @Message String share();
    @Message String normalisation();
    @Message String method();
    @Message String indicators();
    @Message String missingValues();
    @Message String rankPrecision();
    @Message String decimals();
    @Message String standingsVersion();
    @Message String computedAt();
    @Message String compareStandings();
    @Message String dataCutoff();
    @Message String release();
    @Message String releaseRevision();
    @Message String releaseChanges();
    @Message String releaseChangesNote();
    @Message String footer(String version, String cutoff);
    @Message String units_PROVINCE();
    @Message String units_MINISTRY();
    @Message String unitsCap_PROVINCE();
    @Message String unitsCap_MINISTRY();
    @Message String s_release(String label, String revision, String releasedAt, String version, String computedAt, String cutoff);
    @Message String s_coverage(String n, String units, String framework, String period, String reported, String expected, String completeness, String full);
    @Message String s_leader(String leader, String score, String second, String score2);
    @Message String s_leaderAlone(String leader, String score);
    @Message String s_mean(String mean, String median);
    @Message String s_meanChange(String mean, String median, String direction, String change, String comparePeriod);
    @Message String up();
    @Message String down();
    @Message String unchanged();
    @Message String s_meanSame(String mean, String median, String comparePeriod);
    @Message String s_compareBasis(String units, String unitsNoun, String period, String compareUnits, String comparePeriod);
    @Message String s_targets(String met, String total);
    // English opens with the capitalised noun (Units), Vietnamese uses it lower-case (units) after the
    // count: each language leaves one of them unused, which the Quarkus build reports as a warning
    @Message String s_reporting(String Units, String notReported, String incomplete, String late, String onTime, String units);
    @Message String and();
    @Message String s_pillarLeader(String unit, String pillar, String score);
    @Message String s_pillarLeaderIndicator(String indicator, String value);
    @Message String s_pillarLeaderYesNo(String indicator, String value);
    @Message String s_moverUp(String unit, String n, String places, String rank, String previous);
    @Message String s_moverDown(String unit, String n, String places, String rank, String previous);
    @Message String place();
    @Message String places();
    @Message String s_moverPillarUp(String pillar, String change);
    @Message String s_moverPillarDown(String pillar, String change);
    @Message String s_moverPillarAgainst(String pillar, String change);
    @Message String s_target(String label, String figure, String comparator, String target, String verdict);
    @Message String s_targetBelow(String below, String reporting, String units);
    @Message String s_targetNoneBelow(String reporting, String units);
    @Message String s_targetNoData(String label, String comparator, String target);
    @Message String cmp_ge();
    @Message String cmp_gt();
    @Message String cmp_le();
    @Message String cmp_lt();
    @Message String cmp_eq();
    @Message String s_profile(String unit, String rank, String n, String score);
    @Message String s_profileChange(String change, String previous, String comparePeriod);
    @Message String s_profileUp(String n, String places);
    @Message String s_profileDown(String n, String places);
    @Message String s_profileSame();
    @Message String s_profilePillar(String rank, String pillar);
    @Message String s_profileStrengths(String list);
    @Message String s_profileWeaknesses(String list);
    @Message String s_profileMissing(String missing, String indicators);
    @Message String s_profileNothing(String unit, String period, String rank, String n);
    @Message String s_indicatorValue(String indicator, String value);
    @Message String method_NONE();
    @Message String method_MIN_MAX();
    @Message String method_GOALPOSTS();
    @Message String method_TARGET();
    @Message String method_ZSCORE();
    @Message String method_RANK();
    @Message String method_BOOLEAN();
    @Message String missing_ZERO();
    @Message String missing_RESCALE();
    @Message String missing_MEAN();
    @Message String note_scores();
    @Message String note_national();
    @Message String note_completeness();
    @Message String note_profile();
    @Message String note_valuesAfterStandings(String cutoff, String computedAt);
    @Message String note_release(String label, String revision, String releasedAt);
    @Message String note_movers();
}
