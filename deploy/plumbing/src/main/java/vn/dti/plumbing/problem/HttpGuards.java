package vn.dti.plumbing.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * What every service does to a request before Quarkus REST sees it, and to every answer
 * (docs/contract.md §4, docs/api.md "Limits"):
 * <ul>
 * <li>every response carries {@code X-Content-Type-Options: nosniff};</li>
 * <li>a declared body above {@code quarkus.http.limits.max-body-size} is 413, a chunked one that
 * grows past it too (Vert.x answers both with a bare 413), as problem+json;</li>
 * <li>a request target longer than {@code dti.http.max-uri-length} is 414 problem+json (Vert.x's own
 * limit, {@code quarkus.http.limits.max-initial-line-length}, is set well above it so that such
 * requests reach this handler);</li>
 * <li>an empty {@code Accept} header means what no header means (any type), not a parse failure.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpGuards {

    public static final String NOSNIFF = "nosniff";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M")
    MemorySize limit;

    @ConfigProperty(name = "dti.http.max-uri-length", defaultValue = "4096")
    int maxUri;

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) throws JsonProcessingException {
        long max = limit.asLongValue();
        String tooLarge = json.writeValueAsString(StandardProblems.payloadTooLarge());
        String uriTooLong = json.writeValueAsString(StandardProblems.uriTooLong(maxUri));
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(max);
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.response().putHeader("X-Content-Type-Options", NOSNIFF);
            String uri = ctx.request().uri();
            if (uri != null && uri.length() > maxUri) {
                answer(ctx, 414, uriTooLong);
                return;
            }
            String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
            if (accept != null && accept.isBlank()) {
                ctx.request().headers().remove(HttpHeaders.ACCEPT);
            }
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                try {
                    if (Long.parseLong(length.trim()) > max) {
                        answer(ctx, 413, tooLarge);
                        return;
                    }
                } catch (NumberFormatException ignored) {
                    // let Vert.x reject a malformed Content-Length
                }
            }
            String encoding = ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
            if (length == null && encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
                // Quarkus REST would stop a chunked body at the limit with a bare 413: read it here, under the
                // limit (the REST layer then takes it from the routing context), or fail(413) to the handler below
                chunked.handle(ctx);
                return;
            }
            ctx.next();
        }).failureHandler(ctx -> {
            if (ctx.response().headWritten()) {
                ctx.next();
            } else if (ctx.statusCode() == 413) {
                answer(ctx, 413, tooLarge);
            } else {
                ctx.next();
            }
        });
    }

    private static void answer(RoutingContext ctx, int status, String problem) {
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(problem);
    }
}
