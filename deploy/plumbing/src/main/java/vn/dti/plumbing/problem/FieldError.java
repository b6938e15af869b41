package vn.dti.plumbing.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One validation failure: a JSON Pointer into the request, a stable code and a sentence. */
@Schema(description = "One validation failure")
public record FieldError(
        @Schema(description = "JSON Pointer (RFC 6901) into the request body", examples = "/values/3/value") String pointer,
        @Schema(description = "Stable machine-readable code", examples = "OUT_OF_RANGE") String code,
        @Schema(description = "What is wrong, for a person", examples = "must be between 0 and 100") String detail) {
}
