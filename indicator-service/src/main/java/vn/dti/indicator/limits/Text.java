package vn.dti.indicator.limits;

import vn.dti.plumbing.problem.Validation;

/**
 * What a text of a request may contain: no C0 (or C1, or DEL) control character (PostgreSQL refuses NUL, the others
 * break PDFs and logs) except tab and line breaks in multi-line fields, and no lone surrogate (it
 * cannot be stored as UTF-8).
 */
public final class Text {

    public static final String CONTROL_CHARACTER = "CONTROL_CHARACTER";
    public static final String INVALID_CHARACTER = "INVALID_CHARACTER";

    private Text() {
    }

    /** Null when {@code s} is acceptable, else the error code. */
    public static String problem(String s, boolean multiline) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                if (multiline && (c == '\t' || c == '\n' || c == '\r')) {
                    continue;
                }
                return CONTROL_CHARACTER;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return INVALID_CHARACTER;
            }
            if (Character.isLowSurrogate(c)) {
                return INVALID_CHARACTER;
            }
        }
        return null;
    }

    /** Adds a 422 error at {@code pointer} and answers false when {@code s} is not acceptable. */
    public static boolean check(String s, boolean multiline, String pointer, Validation v) {
        String code = problem(s, multiline);
        if (code == null) {
            return true;
        }
        v.add(pointer, code, CONTROL_CHARACTER.equals(code)
                ? "must not contain control characters" + (multiline ? " other than tab and line breaks" : "")
                : "must not contain a lone surrogate (invalid Unicode)");
        return false;
    }

    /** For query and path parameters: true when acceptable. */
    public static boolean clean(String s) {
        return s == null || problem(s, false) == null;
    }
}
