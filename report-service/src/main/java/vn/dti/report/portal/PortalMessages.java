package vn.dti.report.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the portal's layout, its committee pages and its error pages: a Qute message bundle
 * (namespace {@code portal:} in templates) whose texts are in {@code messages/portal_en.properties}
 * (the default locale) and {@code messages/portal_vi.properties}. The officer and reviewer pages have
 * their own bundle ({@code work}).
 */
@MessageBundle(value = "portal", locale = "en")
public interface PortalMessages {

    // layout
    @Message String appName();
    @Message String skipToContent();
    @Message String signOut();
    @Message String language();
    @Message String role(String role);
    @Message String navHome();
    @Message String navStandings();
    @Message String navReleases();
    @Message String navBriefs();
    @Message String navReviews();
    @Message String navOwnUnit();
    @Message String footer();

    // errors
    @Message String errorTitle(int status);
    @Message String errorText(int status);
    @Message String errorBack();
    @Message String notConfigured();
    @Message String notConfiguredText();

    // home
    @Message String homeTitle();
    @Message String homeIntro(String role);
    @Message String homeFrameworks();
    @Message String homeNoFrameworks();
    @Message String homeStandingsOf(String framework, String period);
    @Message String homeOfficial();
    @Message String homeOwnProfile(String unit);

    // standings
    @Message String standingsTitle(String framework, String period);
    @Message String standingsOfficialTitle(String framework, String period);
    @Message String standingsVersion(String version, String computedAt, String basis);
    @Message String standingsNode(String node);
    @Message String standingsRankBy();
    @Message String standingsCompare();
    @Message String standingsShow();
    @Message String standingsCurrent();
    @Message String standingsOfficial();
    @Message String rank();
    @Message String unit();
    @Message String score();
    @Message String rankChange(String period);
    @Message String complete();
    @Message String missing(String count);
    @Message String yes();
    @Message String profile();
    @Message String notRanked();
    @Message String movedUp(String n);
    @Message String movedDown(String n);
    @Message String unchanged();
    @Message String newEntry();

    // profile
    @Message String profileTitle(String unit);
    @Message String profileSummary(String rank, String count, String score);
    @Message String profileComparePeriod();
    @Message String contributions();
    @Message String indicator();
    @Message String raw();
    @Message String normalised();
    @Message String contribution();
    @Message String strengths();
    @Message String weaknesses();
    @Message String gap();
    @Message String comparison(String period);
    @Message String previousScore();
    @Message String scoreChange();
    @Message String previousRank();
    @Message String compareBasis(String basis);
    @Message String noComparison();
    @Message String framework();
    @Message String period();

    // releases
    @Message String releasesTitle();
    @Message String releasesNone();
    @Message String releasePublish();
    @Message String releaseVersion();
    @Message String releaseVersionHint();
    @Message String releaseLabel();
    @Message String releaseNote();
    @Message String releaseRevision();
    @Message String releasedAt();
    @Message String releasedBy();
    @Message String releaseChanges();
    @Message String releaseNoChanges();
    @Message String releasePublished();
    @Message String formProblems();
    /** An API's error at a field in the page's language, by its code; the API's own detail otherwise. */
    @Message String apiError(String code, String detail);

    // briefs
    @Message String briefsTitle();
    @Message String briefsNone();
    @Message String briefCreate();
    @Message String briefTitle();
    @Message String briefMeetingDate();
    @Message String briefLanguage();
    @Message String briefCompare();
    @Message String briefStatus(String status);
    @Message String briefCreatedAt();
    @Message String briefOpenHtml();
    @Message String briefOpenPdf();
    @Message String briefPublish();
    @Message String briefShare();
    @Message String briefShareDays();
    @Message String briefShareUrl();
    @Message String briefShareOnce();
    @Message String briefCreated();
    @Message String briefPublishedNotice();
    @Message String actions();
}
