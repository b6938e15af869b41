package vn.dti.plumbing.problem;

import java.util.List;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every error leaves as application/problem+json, never with a stack trace or a class name.
 * Quarkus REST finds these mappers in this jar because it is a bean archive (indexed).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return response(e.problem());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(response(StandardProblems.unauthorized()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return response(StandardProblems.forbiddenRole());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            StringBuilder pointer = new StringBuilder();
            mismatch.getPath().forEach(ref -> pointer.append('/')
                    .append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex())));
            return response(Problem.validation(List.of(new FieldError(pointer.toString(), "INVALID_TYPE",
                    "has the wrong type"))));
        }
        return response(JsonBodies.malformed(e));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return response(Problem.of(404, "not-found", "Not found", "No such resource."));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return Response.fromResponse(response(Problem.of(405, "method-not-allowed", "Method not allowed",
                "This resource does not support that method."))).allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return response(StandardProblems.unsupportedMediaType());
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return response(StandardProblems.notAcceptable());
    }

    @ServerExceptionMapper
    public Response otherClientError(ClientErrorException e) {
        int status = e.getResponse().getStatus();
        return response(Problem.of(status, "client-error", e.getResponse().getStatusInfo().getReasonPhrase(),
                "The request could not be processed."));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500 && Unavailable.isDependencyDown(e)) {
            return unavailable(e);
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        return response(Problem.of(status, "error", e.getResponse().getStatusInfo().getReasonPhrase(),
                status >= 500 ? "The server could not complete the request." : "The request could not be processed."));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (Unavailable.isDependencyDown(e)) {
            return unavailable(e);
        }
        LOG.error("Unexpected failure", e);
        return response(Problem.of(500, "internal", "Internal error",
                "The server could not complete the request; nothing was stored. The failure is logged."));
    }

    /** The database is away: 503 with Retry-After (the cause to the log, as a warning, without a stack trace). */
    private static Response unavailable(Exception e) {
        int retryAfter = Unavailable.retryAfterSeconds();
        LOG.warnf("Answering 503: a dependency is unreachable: %s", vn.dti.plumbing.messaging.TransientFailures.rootMessage(e));
        return Response.fromResponse(response(Unavailable.problem(retryAfter)))
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfter)).build();
    }
}
