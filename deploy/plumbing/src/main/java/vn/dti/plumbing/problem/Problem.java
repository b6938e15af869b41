package vn.dti.plumbing.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details", requiredProperties = {"type", "title", "status"})
public record Problem(
        @Schema(examples = "https://dti.gov.vn/problems/validation") String type,
        @Schema(examples = "Validation failed") String title,
        @Schema(examples = "422") int status,
        @Schema(examples = "2 values are invalid") String detail,
        @Schema(description = "Present for validation failures") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BASE = "https://dti.gov.vn/problems/";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(BASE + slug, title, status, detail, null);
    }

    public static Problem validation(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).pointer() + ": " + errors.get(0).detail()
                : errors.size() + " problems in the request; see errors";
        return new Problem(BASE + "validation", "Validation failed", 422, detail, List.copyOf(errors));
    }
}
