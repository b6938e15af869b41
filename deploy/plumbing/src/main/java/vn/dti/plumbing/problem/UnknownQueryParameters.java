package vn.dti.plumbing.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * An unknown query parameter is 400, not ignored (DESIGN §12, docs/contract.md): a misspelt
 * {@code ?verison=2} would otherwise answer the latest standings as if it were the version asked
 * for. The parameters an operation takes are the {@code @QueryParam}s of its resource method (and
 * of its {@code @BeanParam} classes' fields), so what the OpenAPI document lists is exactly what
 * is accepted. Only the API ({@code /api/...}) is checked: health, OpenAPI, metrics and share
 * links keep their own rules.
 */
public class UnknownQueryParameters {

    private static final int NAME_SHOWN_UP_TO = 64;
    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<Response> refuseUnknown(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest raw) {
        Method method = resource == null ? null : resource.getResourceMethod();
        // the raw path: decoding one with a malformed escape (a share link's generated secret) throws
        if (method == null || raw.path() == null || !raw.path().startsWith("/api/")) {
            return Optional.empty();
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, UnknownQueryParameters::declared);
        Set<String> names;
        try {
            names = request.getUriInfo().getQueryParameters(true).keySet();
        } catch (IllegalArgumentException malformedEscape) {
            return Optional.of(ProblemMappers.response(Problem.of(400, "bad-request", "Bad request",
                    "The query string has a malformed percent escape.")));
        }
        for (String name : names) {
            if (!declared.contains(name)) {
                return Optional.of(ProblemMappers.response(problem(name, declared)));
            }
        }
        return Optional.empty();
    }

    static Problem problem(String name, Set<String> declared) {
        // The name is echoed only when it is short and printable; anything else is named generically.
        String shown = name.length() <= NAME_SHOWN_UP_TO && Text.clean(name) && !name.isBlank()
                ? "'" + name + "'" : "(a name that cannot be shown)";
        String accepted = declared.isEmpty() ? "This operation takes no query parameter."
                : "This operation takes: " + String.join(", ", declared) + ".";
        return Problem.of(400, "bad-request", "Bad request", "Unknown query parameter " + shown + ". " + accepted);
    }

    static Set<String> declared(Method method) {
        Set<String> names = new TreeSet<>();
        Annotation[][] parameters = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            for (Annotation a : parameters[i]) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                } else if (a instanceof BeanParam) {
                    for (Class<?> c = types[i]; c != null && c != Object.class; c = c.getSuperclass()) {
                        for (var field : c.getDeclaredFields()) {
                            QueryParam q = field.getAnnotation(QueryParam.class);
                            if (q != null) {
                                names.add(q.value());
                            }
                        }
                    }
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }
}
