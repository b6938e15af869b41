package vn.dti.plumbing.problem;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * A bound on the requests a service works on at once ({@code dti.http.max-in-flight}, 64 by
 * default; 0 turns it off): one more is answered at once with 503 problem+json and
 * {@code Retry-After} (1 s), before its body is read, instead of joining a queue that only grows.
 * Under a load above its capacity a service otherwise accepts every request, holds each one's body
 * and state until a worker is free, and on the 128 MB heaps of docs/operations.md spends its time in
 * full collections (issue 15: 1,024 submissions in flight, 0.2–0.4 s pauses back to back). The
 * management paths ({@code /q/}: health, metrics) are never refused, so an overloaded replica is not
 * also restarted by its liveness probe.
 */
@ApplicationScoped
public class InFlightLimit {

    static final int RETRY_AFTER_SECONDS = 1;

    @ConfigProperty(name = "dti.http.max-in-flight", defaultValue = "64")
    int max;

    @Inject
    ObjectMapper json;

    private final AtomicInteger inFlight = new AtomicInteger();

    void register(@Observes Router router) throws JsonProcessingException {
        if (max <= 0) {
            return;
        }
        String overloaded = json.writeValueAsString(Unavailable.overloaded(max, RETRY_AFTER_SECONDS));
        // first, with HttpGuards: before Quarkus's body handler (Integer.MIN_VALUE + 1) reads any body
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (ctx.normalizedPath().startsWith("/q/")) {
                ctx.next();
                return;
            }
            if (inFlight.incrementAndGet() > max) {
                inFlight.decrementAndGet();
                ctx.response().setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)).end(overloaded);
                return;
            }
            // called once the response is sent or the exchange failed (client gone, reset)
            ctx.addEndHandler(done -> inFlight.decrementAndGet());
            ctx.next();
        });
    }

    /** Requests in progress now (for tests and diagnostics). */
    public int inFlight() {
        return inFlight.get();
    }
}
