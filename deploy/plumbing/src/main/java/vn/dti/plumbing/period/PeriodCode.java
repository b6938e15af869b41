package vn.dti.plumbing.period;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period code ({@code 2024}, {@code 2024-H1}, {@code 2024-Q3}), its type and the days it
 * covers. Units belong to a period when they are valid on its last day, in every service.
 */
public record PeriodCode(String code, String periodType, LocalDate startsOn, LocalDate endsOn) {

    public static final String ANNUAL = "ANNUAL";
    public static final String HALF_YEAR = "HALF_YEAR";
    public static final String QUARTER = "QUARTER";

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
            return new PeriodCode(code, ANNUAL, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        int n = part.charAt(1) - '0';
        if (part.startsWith("H")) {
            LocalDate start = LocalDate.of(year, n == 1 ? 1 : 7, 1);
            return new PeriodCode(code, HALF_YEAR, start, start.plusMonths(6).minusDays(1));
        }
        LocalDate start = LocalDate.of(year, 3 * (n - 1) + 1, 1);
        return new PeriodCode(code, QUARTER, start, start.plusMonths(3).minusDays(1));
    }

    /** Parses {@code code} for a framework of {@code periodType}; null if it is not a period of that type. */
    public static PeriodCode parse(String code, String periodType) {
        PeriodCode period = parse(code);
        return period != null && period.fits(periodType) ? period : null;
    }

    /** True when this period can be reported against a framework of {@code frameworkPeriodType}. */
    public boolean fits(String frameworkPeriodType) {
        return periodType.equals(frameworkPeriodType);
    }

    /** A period code of {@code periodType}, to show in an error message. */
    public static String example(String periodType) {
        return switch (periodType) {
            case HALF_YEAR -> "2024-H1";
            case QUARTER -> "2024-Q3";
            default -> "2024";
        };
    }
}
