package vn.dti.indicator.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /disputes} (documentation and the accepted fields). */
@Schema(name = "DisputeRequest")
public record DisputeInput(
        @Schema(required = true, description = "The contested release, as published by ranking-service",
                examples = "6a0e1c52-2f3b-4d8e-9a61-3c5b7d9e1f20") String releaseId,
        @Schema(required = true, description = "A unit ranked in that release; a submitter may name its own unit only", examples = "48")
        String unitCode,
        @Schema(description = "An indicator of the release's framework, when one value is contested", examples = "OPS_TIMELY_RATE")
        String indicatorCode,
        @Schema(required = true, description = "Why the result is wrong; 1 to 2000 characters (tab and line breaks allowed)")
        String reason) {
}
