package vn.dti.indicator.limits;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Every limit of the indicator-service's requests, in one place: the validators use these constants,
 * the lengths match the columns of {@code db/migration} (checked by a test against the live schema),
 * and the "Limits" table of docs/api.md is {@link #markdownTable()} (checked by a test too).
 */
public final class Limits {

    /** One row of the documented table. */
    public record Limit(String what, String limit) {
    }

    // lengths, in characters (UTF-16 code units, as PostgreSQL varchar(n) counts for the BMP)
    public static final int UNIT_CODE = 10;          // unit.code varchar(10)
    public static final int UNIT_NAME = 200;         // unit.name, unit.name_en varchar(200)
    public static final int UNIT_GROUP = 100;        // unit.unit_group varchar(100)
    public static final int UNIT_REGION = 100;       // unit.region varchar(100)
    public static final int UNIT_TYPE_CODE = 16;     // unit_type.code, unit.type, framework.unit_type varchar(16)
    public static final int UNIT_TYPE_NAME = 200;    // unit_type.name, unit_type.name_vi varchar(200)
    public static final int UNIT_PREDECESSORS = 18;  // unit.predecessor_codes varchar(200): 18 codes of 10 + separators
    public static final int FRAMEWORK_CODE = 64;     // framework.code varchar(64)
    public static final int FRAMEWORK_NAME = 300;    // framework.name varchar(300)
    public static final int NODE_CODE = 64;          // submission_value.indicator_code varchar(64)
    public static final int NODE_NAME = 300;         // node name / nameVi, target label / labelVi (in the jsonb document)
    public static final int NODE_DESCRIPTION = 4000; // node description (in the jsonb document)
    public static final int CODE_IN_REQUEST = 64;    // unitCode, frameworkCode, period, indicatorCode of a submission
    public static final int NOTE = 2000;             // submission_value.note varchar(2000)
    public static final int IDEMPOTENCY_KEY = 200;   // idempotency_key.idem_key varchar(200)

    // counts
    public static final int VALUES_PER_SUBMISSION = 2000;
    public static final int PAGE_SIZE_MAX = 200;
    public static final int PAGE_SIZE_DEFAULT = 20;
    public static final int FRAMEWORK_DEPTH = 12;
    public static final int RULES_PER_FRAMEWORK = 200;
    public static final int RULE_EXPRESSION = 500;   // rule left / right, in characters (in the jsonb document)

    // numbers
    /** Largest weight of a framework node (weights are relative within a parent, > 0 and finite). */
    public static final double MAX_WEIGHT = 1_000_000;

    // dates: every date and instant of a request lies in these years (PostgreSQL's date and
    // timestamptz hold far more, Java's LocalDate too; neither range is a meaningful DTI date)
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;
    public static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

    // the body limit is quarkus.http.limits.max-body-size=1M in application.properties
    public static final String BODY = "1 MiB";

    private Limits() {
    }

    public static boolean inRange(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    public static boolean inRange(OffsetDateTime at) {
        int year = at.withOffsetSameInstant(ZoneOffset.UTC).getYear();
        return at.getYear() >= FIRST_YEAR && at.getYear() <= LAST_YEAR && year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static String dateRange() {
        return FIRST_DAY + " to " + LAST_DAY;
    }

    /** The documented limits, in the order of docs/api.md. */
    public static List<Limit> all() {
        return List.of(
                new Limit("request body", "at most " + BODY + " (413)"),
                new Limit("unit `code`", "2 to " + UNIT_CODE + " of `0-9`, `A-Z`"),
                new Limit("unit `name`, `nameEn`", "1 to " + UNIT_NAME + " characters"),
                new Limit("unit `group`", "1 to " + UNIT_GROUP + " characters"),
                new Limit("unit `region`", "1 to " + UNIT_REGION + " characters"),
                new Limit("unit type `code` (a unit's `type`, a framework's `unitType`)", "an upper-case letter then 1 to " + (UNIT_TYPE_CODE - 1) + " of `A-Z`, `0-9`, `_`"),
                new Limit("unit type `name`, `nameVi`", "1 to " + UNIT_TYPE_NAME + " characters"),
                new Limit("unit `predecessors`", "at most " + UNIT_PREDECESSORS + " codes, of the unit's type"),
                new Limit("framework `code`", "1 to " + FRAMEWORK_CODE + " of `A-Z`, `0-9`, `_`, `.`, `-`"),
                new Limit("framework `name`, `nameVi`", "1 to " + FRAMEWORK_NAME + " characters"),
                new Limit("framework `unitGroup`", "1 to " + UNIT_GROUP + " characters (a unit's `group`)"),
                new Limit("node `code`", "an upper-case letter then up to " + (NODE_CODE - 1) + " of `A-Z`, `0-9`, `_`"),
                new Limit("node `name`, `nameVi`; target `label`, `labelVi`", "at most " + NODE_NAME + " characters"),
                new Limit("node `description`", "at most " + NODE_DESCRIPTION + " characters (tab and line breaks allowed)"),
                new Limit("framework depth", "at most " + FRAMEWORK_DEPTH + " levels below the root"),
                new Limit("framework `rules`", "at most " + RULES_PER_FRAMEWORK + "; rule `left`, `right` 1 to " + RULE_EXPRESSION
                        + " characters, nested at most " + vn.dti.indicator.service.rules.ExpressionParser.MAX_DEPTH + " deep"),
                new Limit("framework `outlierThreshold`, `maxChangeRatio`", "a finite number > 0 (`outlierThreshold` default 3.5)"),
                new Limit("node `weight`", "a finite number > 0 and at most " + fmt(MAX_WEIGHT)),
                new Limit("submission `unitCode`, `frameworkCode`, `period`, `indicatorCode`", "1 to " + CODE_IN_REQUEST + " characters"),
                new Limit("values per submission (JSON `values`, CSV rows)", "1 to " + VALUES_PER_SUBMISSION),
                new Limit("value `note`", "at most " + NOTE + " characters (tab and line breaks allowed)"),
                new Limit("dispute `reason`, resolution `comment`", "1 to " + NOTE + " characters after trimming (tab and line breaks allowed)"),
                new Limit("`Idempotency-Key` header", "1 to " + IDEMPOTENCY_KEY + " visible ASCII characters"),
                new Limit("`page`, `size` of `GET /submissions`", "`page` >= 0; `size` 1 to " + PAGE_SIZE_MAX + " (default " + PAGE_SIZE_DEFAULT + ")"),
                new Limit("dates and instants (`validFrom`, `validTo`, `asOf`, `dueAt`, `closesAt`)", "years " + FIRST_YEAR + " to " + LAST_YEAR),
                new Limit("text fields and parameters", "no control characters (U+0000-U+001F, U+007F-U+009F) except tab and line breaks where noted; no lone surrogates; UTF-8"));
    }

    /** The "Limits" table of docs/api.md. */
    public static String markdownTable() {
        StringBuilder b = new StringBuilder("| what | limit |\n|---|---|\n");
        for (Limit l : all()) {
            b.append("| ").append(l.what()).append(" | ").append(l.limit()).append(" |\n");
        }
        return b.toString();
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%,d", (long) d);
    }
}
