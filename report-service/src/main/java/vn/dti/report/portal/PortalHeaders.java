package vn.dti.report.portal;

import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * The security headers of every portal page. The pages need no script at all and style only from
 * portal.css, so the policy allows exactly that; a page that serves a document with its own policy
 * (a brief's HTML) keeps that one.
 */
public class PortalHeaders {

    static final String POLICY = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @ServerResponseFilter
    public void headers(ContainerResponseContext response, HttpServerRequest request) {
        if (!PortalErrors.isPortal(request)) {
            return;
        }
        var headers = response.getHeaders();
        if (!headers.containsKey("Content-Security-Policy")) {
            headers.putSingle("Content-Security-Policy", POLICY);
        }
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "same-origin");
        // pages show a person's data: not kept by shared caches, and not shown again after sign-out by Back
        headers.putSingle("Cache-Control", "no-store");
    }
}
