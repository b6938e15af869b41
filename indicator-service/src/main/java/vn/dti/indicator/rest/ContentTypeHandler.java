package vn.dti.indicator.rest;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;

import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.problem.StandardProblems;

/**
 * A {@code Content-Type} that is not a media type at all ({@code garbage}) makes Quarkus REST fail
 * while it matches the operation, before any filter or mapper of ours sees a typed exception (a 500).
 * It is answered here first, as 415 problem+json.
 */
@ApplicationScoped
public class ContentTypeHandler {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile("^\\s*" + TOKEN + "/" + TOKEN + "\\s*(;.*)?$", Pattern.DOTALL);

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) throws JsonProcessingException {
        String body = json.writeValueAsString(StandardProblems.unsupportedMediaType());
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String type = ctx.request().getHeader("Content-Type");
            if (type != null && !type.isBlank() && !MEDIA_TYPE.matcher(type).matches()) {
                ctx.response().setStatusCode(415).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
                return;
            }
            ctx.next();
        });
    }
}
