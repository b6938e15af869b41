package vn.dti.plumbing.problem;

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
        int at = firstInvalid(s, multiline);
        return at < 0 ? null : Character.isSurrogate(s.charAt(at)) ? INVALID_CHARACTER : CONTROL_CHARACTER;
    }

    /**
     * The index of the first character {@code s} may not hold — a C0 control (tab and line breaks
     * allowed when {@code multiline}), DEL, a C1 control, or half of a surrogate pair — or -1.
     */
    public static int firstInvalid(String s, boolean multiline) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                if (multiline && (c == '\t' || c == '\n' || c == '\r')) {
                    continue;
                }
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
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
