package vn.dti.plumbing.problem;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The answers every service gives the same way (401, 403 for a role, 406, 413, 415), built in one
 * place so the exception mappers and the OpenAPI examples cannot drift apart. The 406, 413 and 415
 * sentences name what a service accepts or serves, so a service may word them in its config
 * ({@code dti.problem.<slug>.detail}).
 */
public final class StandardProblems {

    static final String UNAUTHORIZED_DETAIL = "A valid Bearer token is required (Authorization: Bearer <JWT>).";
    static final String FORBIDDEN_ROLE_DETAIL = "Your token is valid but does not carry a role allowed to do this.";

    private StandardProblems() {
    }

    public static Problem unauthorized() {
        return Problem.of(401, "unauthorized", "Unauthorized", UNAUTHORIZED_DETAIL);
    }

    /** A valid token without a role the operation allows. */
    public static Problem forbiddenRole() {
        return Problem.of(403, "forbidden", "Forbidden", FORBIDDEN_ROLE_DETAIL);
    }

    public static Problem notAcceptable() {
        return Problem.of(406, "not-acceptable", "Not acceptable",
                detail("not-acceptable", "This resource answers application/json."));
    }

    public static Problem payloadTooLarge() {
        return Problem.of(413, "payload-too-large", "Payload too large",
                detail("payload-too-large", "Request bodies are limited to 1 MiB."));
    }

    /** A request target (path and query) longer than the services read. */
    public static Problem uriTooLong(int max) {
        return Problem.of(414, "uri-too-long", "URI too long",
                "The request target (path and query) is limited to " + max + " characters; send long input in a body.");
    }

    public static Problem unsupportedMediaType() {
        return Problem.of(415, "unsupported-media-type", "Unsupported media type",
                detail("unsupported-media-type", "Send application/json."));
    }

    // read when needed, not in a static initialiser: the OpenAPI filter runs at build time too
    private static String detail(String slug, String fallback) {
        return ConfigProvider.getConfig().getOptionalValue("dti.problem." + slug + ".detail", String.class).orElse(fallback);
    }
}
