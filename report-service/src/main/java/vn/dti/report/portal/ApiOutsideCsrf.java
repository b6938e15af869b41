package vn.dti.report.portal;

import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Keeps the API exactly as it was under quarkus-rest-csrf. That filter checks every POST/PUT/PATCH/DELETE
 * of the whole application whose body is a form (it has no path setting: quarkus#53715), so a bodyless
 * POST /api/v1/briefs/{id}/publish labelled as a form (RestAssured's default) would become 400, and a form
 * body sent to a JSON endpoint 400 instead of 415. The API takes bearer tokens, which a browser never adds
 * by itself: there is nothing to forge. Outside /portal, a form label is therefore renamed before the
 * CSRF filter looks at it (a vendor type no endpoint consumes: JSON endpoints still answer 415, endpoints
 * without a body still accept the call); /portal keeps its forms and their token check.
 */
public class ApiOutsideCsrf {

    static final String NOT_A_PORTAL_FORM = "application/vnd.dti.not-a-portal-form";

    @ServerRequestFilter(preMatching = true)
    public void relabel(ContainerRequestContext context, HttpServerRequest request) {
        // raw path and header: a malformed escape or media type is for the API to refuse, not for this filter
        if (PortalErrors.isPortal(request)) {
            return;
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        String lower = type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
        if (lower.startsWith(MediaType.APPLICATION_FORM_URLENCODED) || lower.startsWith(MediaType.MULTIPART_FORM_DATA)) {
            context.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, NOT_A_PORTAL_FORM);
        }
    }
}
