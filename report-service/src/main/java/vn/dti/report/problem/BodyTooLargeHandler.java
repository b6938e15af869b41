package vn.dti.report.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;

/**
 * Vert.x refuses bodies above {@code quarkus.http.limits.max-body-size} with a bare 413 before
 * REST sees them; this answers declared oversize bodies first, as problem+json (DESIGN §4).
 */
@ApplicationScoped
public class BodyTooLargeHandler {

    static final String BODY = "{\"type\":\"https://dti.gov.vn/problems/payload-too-large\",\"title\":\"Payload too large\","
            + "\"status\":413,\"detail\":\"Request bodies are limited to 1 MiB.\"}";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M")
    MemorySize limit;

    void register(@Observes Router router) {
        long max = limit.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null) {
                try {
                    if (Long.parseLong(length.trim()) > max) {
                        ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                                .putHeader("Connection", "close").end(BODY);
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
