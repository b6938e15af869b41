package vn.dti.plumbing.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;

/**
 * Vert.x refuses bodies above {@code quarkus.http.limits.max-body-size} with a bare 413 before
 * REST sees them; this answers declared oversize bodies first, as problem+json (docs/contract.md §4).
 */
@ApplicationScoped
public class BodyTooLargeHandler {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M")
    MemorySize limit;

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) throws JsonProcessingException {
        long max = limit.asLongValue();
        String body = json.writeValueAsString(StandardProblems.payloadTooLarge());
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null) {
                try {
                    if (Long.parseLong(length.trim()) > max) {
                        ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                                .putHeader("Connection", "close").end(body);
                        return;
                    }
                } catch (NumberFormatException ignored) {
                    // let Vert.x reject a malformed Content-Length
                }
            }
            ctx.next();
        });
    }
}
