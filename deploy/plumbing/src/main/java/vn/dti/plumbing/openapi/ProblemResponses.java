package vn.dti.plumbing.openapi;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.problem.StandardProblems;

/**
 * The problem+json answers every operation shares, declared once in {@code components.responses}
 * with the very body the exception mappers send as example. Operations point at them:
 * {@code @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)}.
 */
@OpenApiFilter
public class ProblemResponses implements OASFilter {

    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN_ROLE = "ForbiddenRole";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";

    /** Where the generator puts the schema of {@link Problem} (its {@code @Schema(name = "Problem")}). */
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        add(components, UNAUTHORIZED, "No valid token", "unauthorized", StandardProblems.unauthorized());
        add(components, FORBIDDEN_ROLE, "The token's role may not do this", "forbidden", StandardProblems.forbiddenRole());
        add(components, NOT_ACCEPTABLE, "None of the accepted media types can be served", "not-acceptable",
                StandardProblems.notAcceptable());
        add(components, PAYLOAD_TOO_LARGE, "Body above 1 MiB", "too-large", StandardProblems.payloadTooLarge());
        add(components, UNSUPPORTED_MEDIA_TYPE, "The body's media type is not accepted", "unsupported",
                StandardProblems.unsupportedMediaType());
    }

    private void add(Components components, String name, String description, String exampleName, Problem problem) {
        if (components.getResponses() != null && components.getResponses().containsKey(name)) {
            return; // a service declared its own
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> body = json.convertValue(problem, Map.class);
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))
                .addExample(exampleName, OASFactory.createExample().value(body));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        components.addResponse(name, response);
    }
}
