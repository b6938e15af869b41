package vn.dti.report.portal.session;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import io.vertx.core.http.HttpServerRequest;

/**
 * The page language, vi or en: the {@code lang} cookie set by the switch (/portal/lang), else the
 * first of vi/en in {@code Accept-Language}, else Vietnamese. Templates reach it as {@code inject:lang}.
 */
@Named("lang")
@RequestScoped
public class Language {

    public static final String COOKIE = "lang";
    public static final List<String> SUPPORTED = List.of("vi", "en");

    @Inject
    HttpServerRequest request;

    private String code;

    public String code() {
        if (code == null) {
            code = resolve();
        }
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The path and query of this request, to come back to after switching language. */
    public String here() {
        String uri = request.uri();
        return uri == null || !uri.startsWith("/portal") ? "/portal/" : uri;
    }

    /** The link of the language switch to {@code to}, coming back to this page. */
    public String switchTo(String to) {
        return "/portal/lang?to=" + to + "&back=" + java.net.URLEncoder.encode(here(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private String resolve() {
        var cookie = request.getCookie(COOKIE);
        if (cookie != null && SUPPORTED.contains(cookie.getValue())) {
            return cookie.getValue();
        }
        String accept = request.getHeader("Accept-Language");
        if (accept != null && !accept.isBlank()) {
            try {
                // ranges by weight, highest first
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
                    String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (SUPPORTED.contains(language)) {
                        return language;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a malformed header is no reason to refuse the page: the default language
            }
        }
        return "vi";
    }
}
