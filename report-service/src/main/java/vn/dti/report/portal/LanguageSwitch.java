package vn.dti.report.portal;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import vn.dti.report.portal.session.Language;

/** The language switch: remembers vi or en in the {@code lang} cookie and goes back to the page. */
@Path("/portal/lang")
@Authenticated
public class LanguageSwitch {

    @Inject
    PortalConfig config;

    @GET
    public Response to(@QueryParam("to") String to, @QueryParam("back") String back) {
        String language = Language.SUPPORTED.contains(to) ? to : "vi";
        NewCookie cookie = new NewCookie.Builder(Language.COOKIE).value(language).path("/portal")
                .maxAge(365 * 24 * 3600).httpOnly(true).secure(config.secureCookies())
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(safeBack(back)).cookie(cookie).build();
    }

    /**
     * Only a path of the portal itself (no other host, no scheme-relative //host): no open redirect.
     * A path that is not a valid URI (a space, a broken escape) also goes to the start page, not to a 500.
     */
    static URI safeBack(String back) {
        URI start = URI.create("/portal/");
        if (back == null || !back.startsWith("/portal") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return start;
        }
        try {
            return new URI(back);
        } catch (URISyntaxException notAPath) {
            return start;
        }
    }
}
