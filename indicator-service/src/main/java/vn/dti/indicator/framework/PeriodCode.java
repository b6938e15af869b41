package vn.dti.indicator.framework;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period code ({@code 2024}, {@code 2024-H1}, {@code 2024-Q3}) and the dates it covers. */
public record PeriodCode(String code, String periodType, LocalDate startsOn, LocalDate endsOn) {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})(?:-(H[12]|Q[1-4]))?$");

    /** Parses {@code code} for a framework of {@code periodType}; null if it does not fit. */
    public static PeriodCode parse(String code, String periodType) {
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
            return "ANNUAL".equals(periodType)
                    ? new PeriodCode(code, periodType, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)) : null;
        }
        int n = part.charAt(1) - '0';
        if (part.startsWith("H") && "HALF_YEAR".equals(periodType)) {
            LocalDate start = LocalDate.of(year, n == 1 ? 1 : 7, 1);
            return new PeriodCode(code, periodType, start, start.plusMonths(6).minusDays(1));
        }
        if (part.startsWith("Q") && "QUARTER".equals(periodType)) {
            LocalDate start = LocalDate.of(year, 3 * (n - 1) + 1, 1);
            return new PeriodCode(code, periodType, start, start.plusMonths(3).minusDays(1));
        }
        return null;
    }

    public static String example(String periodType) {
        return switch (periodType) {
            case "HALF_YEAR" -> "2024-H1";
            case "QUARTER" -> "2024-Q3";
            default -> "2024";
        };
    }
}
