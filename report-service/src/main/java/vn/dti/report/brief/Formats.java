package vn.dti.report.brief;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Numbers and dates as a reader of the brief's language expects them: Vietnamese uses a decimal
 * comma and a thousands dot ({@code 11,27 %}, {@code 1.234}, {@code 0,7814}), English the
 * opposite. Symbols are fixed here rather than taken from the JDK's locale data, so output does
 * not change with the JDK. Times are shown in Vietnam's time (UTC+7).
 */
public final class Formats {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    /** U+2212, the typographic minus. */
    public static final String MINUS = "\u2212";

    private final String language;
    private final DecimalFormatSymbols symbols;

    private Formats(String language) {
        this.language = language;
        symbols = new DecimalFormatSymbols(Locale.ROOT);
        boolean vi = "vi".equals(language);
        symbols.setDecimalSeparator(vi ? ',' : '.');
        symbols.setGroupingSeparator(vi ? '.' : ',');
        symbols.setMinusSign('-');
    }

    public static Formats of(String language) {
        return new Formats("vi".equals(language) ? "vi" : "en");
    }

    public String language() {
        return language;
    }

    private String pattern(String pattern, double v) {
        DecimalFormat f = new DecimalFormat(pattern, symbols);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        String s = f.format(v);
        return s.startsWith("-") ? MINUS + s.substring(1) : s;
    }

    /** A score in [0, 1] with four decimals, as the DTI is published: 0.7814 / 0,7814. */
    public String score(double v) {
        return pattern("0.0000", v);
    }

    /** A score that may be absent (a unit not ranked in one of two revisions): – when null. */
    public String optionalScore(Double v) {
        return v == null ? "–" : score(v);
    }

    /** A change of score with its sign: +0.0123 / −0.0123. */
    public String signedScore(Double v) {
        if (v == null) {
            return "–";
        }
        String s = score(Math.abs(v));
        if (s.equals(score(0))) {
            return s;
        }
        return (v > 0 ? "+" : MINUS) + s;
    }

    /** A share in [0, 1] as a percentage with one decimal: 85.7 % / 85,7 %. */
    public String share(Double ratio) {
        return ratio == null ? "–" : pattern("#,##0.0", ratio * 100) + " %";
    }

    /** A plain number with up to two decimals and grouped thousands: 1,234.5 / 1.234,5. */
    public String number(double v) {
        return pattern("#,##0.##", v);
    }

    /** A whole number with grouped thousands: 1,234 / 1.234. */
    public String integer(Number v) {
        return pattern("#,##0", v.doubleValue());
    }

    /** A raw indicator value in its unit: 98.01 %, yes/no, 1,234. */
    public String value(Double v, String unit) {
        if (v == null) {
            return "–";
        }
        return switch (unit == null ? "NUMBER" : unit) {
            case "PERCENT" -> number(v) + " %";
            case "BOOLEAN" -> v >= 0.5 ? ("vi".equals(language) ? "có" : "yes") : ("vi".equals(language) ? "không" : "no");
            case "COUNT" -> integer(Math.round(v));
            default -> number(v);
        };
    }

    /** 12 March 2025 / ngày 12 tháng 3 năm 2025. */
    public String date(LocalDate d) {
        if (d == null) {
            return "–";
        }
        return "vi".equals(language)
                ? "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear()
                : d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** 12 March 2025, 10:24 (UTC+7) / 10:24 ngày 12/03/2025 (UTC+7). */
    public String dateTime(OffsetDateTime t) {
        if (t == null) {
            return "–";
        }
        OffsetDateTime v = t.withOffsetSameInstant(VIETNAM);
        String hm = String.format(Locale.ROOT, "%02d:%02d", v.getHour(), v.getMinute());
        return "vi".equals(language)
                ? hm + " ngày " + String.format(Locale.ROOT, "%02d/%02d/%d", v.getDayOfMonth(), v.getMonthValue(), v.getYear()) + " (UTC+7)"
                : date(v.toLocalDate()) + ", " + hm + " (UTC+7)";
    }

    /** 7th / thứ 7. */
    public String ordinal(int n) {
        if ("vi".equals(language)) {
            return "thứ " + n;
        }
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    /** ▲ 3 (up three places), ▼ 2, = (unchanged), – (no comparison). */
    public String rankChange(Integer change) {
        if (change == null) {
            return "–";
        }
        if (change == 0) {
            return "=";
        }
        return (change > 0 ? "▲ " : "▼ ") + Math.abs(change);
    }

    /** The first letter in lower case for use inside a sentence, unless the word is an acronym. */
    public static String inSentence(String name) {
        if (name == null || name.length() < 2 || !Character.isUpperCase(name.charAt(0)) || Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
