package vn.dti.report.portal;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import vn.dti.plumbing.problem.ProblemMappers;
import vn.dti.report.portal.api.ApiProblem;

/**
 * Errors of portal pages are pages a person understands (DESIGN §15), never JSON or a stack trace:
 * an API's refusal becomes the page of its status, an unknown portal path the 404 page, a page the
 * role may not open the 403 page. These mappers come before the plumbing's problem+json ones; outside
 * /portal they answer exactly what those answer.
 */
public class PortalErrors {

    private static final ProblemMappers PROBLEMS = new ProblemMappers();

    @Inject
    Pages pages;

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response apiProblem(ApiProblem e) {
        return pages.error(e);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        return isPortal(request) ? pages.error(404, null) : PROBLEMS.notFound(e);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return isPortal(request) ? pages.error(403, null) : PROBLEMS.forbidden(e);
    }

    /** Sign-in goes on at the provider (an expired session being renewed): follow it. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response redirect(AuthenticationRedirectException e) {
        return Response.status(e.getCode()).header("Location", e.getRedirectUri()).header("Cache-Control", "no-store").build();
    }

    /**
     * A portal session that cannot be used any more (expired and not renewable, a cookie that does not
     * decrypt, a sign-in that did not complete): its cookies are dropped and the same page is asked for
     * again, which starts a new sign-in and comes back to it. Outside /portal: the API's 401.
     */
    @ServerExceptionMapper(value = {AuthenticationFailedException.class, UnauthorizedException.class,
        AuthenticationCompletionException.class}, priority = Priorities.USER - 100)
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        if (!isPortal(request)) {
            return PROBLEMS.unauthorized(e);
        }
        // the page asked for, by the language switch's rule (a request target that is no URI: the start page)
        java.net.URI again = LanguageSwitch.safeBack("GET".equals(request.method().name()) ? request.uri() : "/portal/");
        Response.ResponseBuilder response = Response.seeOther(again).header("Cache-Control", "no-store");
        request.cookies().forEach(cookie -> {
            if (cookie.getName().startsWith("q_session")) {
                response.cookie(new NewCookie.Builder(cookie.getName()).value("").path("/portal").maxAge(0).build());
            }
        });
        return response.build();
    }

    static boolean isPortal(HttpServerRequest request) {
        String path = request.path();
        return path != null && (path.equals("/portal") || path.startsWith("/portal/"));
    }
}
