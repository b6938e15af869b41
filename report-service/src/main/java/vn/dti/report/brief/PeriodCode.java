package vn.dti.report.brief;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period code ({@code 2024}, {@code 2024-H1}, {@code 2024-Q3}), its type and its last
 * day: the day on which units must be valid to belong to the period (the same rule as
 * indicator-service).
 */
public record PeriodCode(String code, String periodType, LocalDate endsOn) {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})(?:-(H[12]|Q[1-4]))?$");

    /** Parses a period code of any type; null if it is not one. */
    public static PeriodCode parse(String code) {
        if (code == null) {
            return null;
        }
        Matcher m = FORMAT.matcher(code);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900 || year > 2999) {
            return null;
        }
        String part = m.group(2);
        if (part == null) {
            return new PeriodCode(code, "ANNUAL", LocalDate.of(year, 12, 31));
        }
        int n = part.charAt(1) - '0';
        if (part.startsWith("H")) {
            return new PeriodCode(code, "HALF_YEAR", LocalDate.of(year, n * 6, 1).plusMonths(1).minusDays(1));
        }
        return new PeriodCode(code, "QUARTER", LocalDate.of(year, n * 3, 1).plusMonths(1).minusDays(1));
    }

    /** True when this period can be reported against a framework of {@code frameworkPeriodType}. */
    public boolean fits(String frameworkPeriodType) {
        return periodType.equals(frameworkPeriodType);
    }
}
