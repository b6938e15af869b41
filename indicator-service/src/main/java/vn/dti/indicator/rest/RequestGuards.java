package vn.dti.indicator.rest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

import vn.dti.plumbing.problem.Text;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.problem.ProblemMappers;

/**
 * Checks every request before its body or parameters are used:
 * <ul>
 * <li>an {@code Idempotency-Key} header, when present, is not empty, else 400;</li>
 * <li>path and query parameters carry no control character and no lone surrogate, else 400
 * (PostgreSQL refuses NUL in text; nothing of such a parameter can name a resource).</li>
 * </ul>
 */
public class RequestGuards {

    @ServerRequestFilter
    public Optional<Response> guard(ContainerRequestContext request, HttpServerRequest raw) {
        // Quarkus REST hands an empty header value to @HeaderParam as null, i.e. as no header:
        // an empty Idempotency-Key would silently become a request without one.
        String key = raw.headers().get("Idempotency-Key");
        if (key != null && key.isBlank()) {
            return Optional.of(ProblemMappers.response(Problem.of(400, "bad-request", "Bad request",
                    "Idempotency-Key must not be empty; send 1 to " + vn.dti.indicator.limits.Limits.IDEMPOTENCY_KEY
                            + " visible ASCII characters (e.g. a UUID), or no header.")));
        }
        for (Map.Entry<String, List<String>> p : params(request.getUriInfo().getPathParameters(true))) {
            if (!p.getValue().stream().allMatch(Text::clean)) {
                return Optional.of(badParameter("path parameter " + p.getKey()));
            }
        }
        for (Map.Entry<String, List<String>> p : params(request.getUriInfo().getQueryParameters(true))) {
            if (!Text.clean(p.getKey()) || !p.getValue().stream().allMatch(Text::clean)) {
                return Optional.of(badParameter("query parameter " + (Text.clean(p.getKey()) ? p.getKey() : "name")));
            }
        }
        // an operation that declares what it consumes needs a concrete Content-Type: plumbing's
        // ContentTypeRequired, which runs after this filter
        return Optional.empty();
    }

    private static Iterable<Map.Entry<String, List<String>>> params(MultivaluedMap<String, String> map) {
        return map.entrySet();
    }

    private static Response badParameter(String what) {
        return ProblemMappers.response(Problem.of(400, "bad-request", "Bad request",
                "The " + what + " contains a control character or invalid Unicode."));
    }
}
