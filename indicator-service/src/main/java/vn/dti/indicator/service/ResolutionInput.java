package vn.dti.indicator.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /disputes/{id}/resolution} (documentation and the accepted fields). */
@Schema(name = "DisputeResolutionRequest")
public record ResolutionInput(
        @Schema(required = true, enumeration = {"UPHELD", "REJECTED"}) String decision,
        @Schema(required = true, description = "The reasons of the decision; 1 to 2000 characters (tab and line breaks allowed)")
        String comment) {
}
