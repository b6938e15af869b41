package vn.dti.report.render;

/**
 * What a rendered brief may contain. Stored data can hold characters that XML 1.0 forbids (a C0
 * control in a unit name received from another service, a lone surrogate): the PDF renderer parses
 * the HTML as XML and would fail on every read of that brief. Each such character becomes U+FFFD
 * (visible, so nothing is silently dropped); tab, line feed and carriage return stay.
 */
public final class Printable {

    static final char REPLACEMENT = '\uFFFD';

    private Printable() {
    }

    public static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                    || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? REPLACEMENT : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
