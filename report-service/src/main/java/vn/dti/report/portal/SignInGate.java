package vn.dti.report.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Without an identity provider (quarkus.oidc.tenant-enabled=false, the default: the report-service's own
 * tests and any deployment that has not configured sign-in) nobody can sign in: /portal answers 503
 * with a page saying so, instead of a bare 401, before the security checks run. The API is untouched.
 */
@ApplicationScoped
public class SignInGate {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="UTF-8"><title>Chưa cấu hình đăng nhập — Sign-in is not configured</title>
            <link rel="stylesheet" href="/portal/portal.css"></head>
            <body><main id="content">
            <h1 id="sign-in-not-configured">Chưa cấu hình đăng nhập</h1>
            <p>Máy chủ này chưa được cấu hình nhà cung cấp định danh, nên chưa ai đăng nhập được vào cổng thông tin.
            Các API vẫn hoạt động bình thường.</p>
            <h2 lang="en">Sign-in is not configured</h2>
            <p lang="en">This server has no identity provider configured (QUARKUS_OIDC_AUTH_SERVER_URL,
            QUARKUS_OIDC_TENANT_ENABLED=true), so nobody can sign in to the portal. The APIs work as before.</p>
            </main></body></html>
            """;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true")
    boolean signInEnabled;

    void gate(@Observes Filters filters) {
        if (signInEnabled) {
            return;
        }
        filters.register(rc -> {
            String path = rc.normalizedPath();
            if ((path.equals("/portal") || path.startsWith("/portal/")) && !path.equals("/portal/portal.css")) {
                rc.response().setStatusCode(503).putHeader("Content-Type", "text/html;charset=UTF-8")
                        .putHeader("Content-Security-Policy", PortalHeaders.POLICY)
                        .putHeader("Cache-Control", "no-store").end(PAGE);
            } else {
                rc.next();
            }
        }, 1000);
    }
}
