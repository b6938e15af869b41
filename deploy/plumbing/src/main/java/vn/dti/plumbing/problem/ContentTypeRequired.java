package vn.dti.plumbing.problem;

import java.lang.reflect.Method;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An operation that declares what it consumes ({@code @Consumes} on its method) needs a concrete
 * {@code Content-Type}, else 415 problem+json. Without this check Quarkus REST lets a body without
 * {@code Content-Type} (or with a wildcard one) through as if it were one of the operation's
 * formats: JSON parsed as CSV, or a request of no declared type accepted. One filter, so every
 * service answers alike; it runs after the services' own request filters (a bad parameter is
 * still answered first, as before).
 */
public class ContentTypeRequired {

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Optional<Response> requireContentType(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        return refusal(method, request.getHeaderString(HttpHeaders.CONTENT_TYPE)).map(ProblemMappers::response);
    }

    /** The 415 for a request of {@code contentType} to {@code method}, or empty when it may go on. */
    static Optional<Problem> refusal(Method method, String contentType) {
        if (method == null || !method.isAnnotationPresent(Consumes.class) || concrete(contentType)) {
            return Optional.empty();
        }
        return Optional.of(StandardProblems.unsupportedMediaType());
    }

    /** A media type such as application/json: present, parseable, no wildcard ({@code *}/{@code *}, {@code application/*}). */
    static boolean concrete(String type) {
        if (type == null || type.isBlank()) {
            return false;
        }
        try {
            MediaType m = MediaType.valueOf(type.strip());
            return !m.isWildcardType() && !m.isWildcardSubtype();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
