package vn.dti.report.brief;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The brief's texts of a language ({@link BriefMessages}, "vi" or "en"), and the lookup of a label
 * by key for the templates ({@code {v.l('headline')}}) and for texts named by a code (a
 * normalisation method, a missing-value policy, a comparator, a unit type).
 */
public final class Messages {

    /** Comparators as keys: a key is a Java name, so ">=" is {@code cmp_ge}. */
    private static final Map<String, String> COMPARATORS = Map.of(">=", "ge", ">", "gt", "<=", "le", "<", "lt", "==", "eq");

    private Messages() {
    }

    public static BriefMessages of(String language) {
        return "vi".equals(language)
                ? MessageBundles.get(BriefMessages.class, Localized.Literal.of("vi"))
                : MessageBundles.get(BriefMessages.class);
    }

    /** The key of a target's comparator: ">=" (read "at least") is {@code cmp_ge}. */
    public static String comparatorKey(String code) {
        return "cmp_" + COMPARATORS.getOrDefault(code, code);
    }

    /**
     * The label with this key (a no-argument method of {@link BriefMessages}; "method.GOALPOSTS"
     * and "method_GOALPOSTS" name the same), or null when there is none.
     */
    public static String label(BriefMessages messages, String key) {
        Method m;
        try {
            m = BriefMessages.class.getMethod(key.replace('.', '_'));
        } catch (NoSuchMethodException e) {
            return null;
        }
        try {
            return (String) m.invoke(messages);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("message " + key, e);
        }
    }
}
