package vn.dti.indicator.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /reviews/{frameworkCode}/{period}/{unitCode}} (documentation and the accepted fields). */
@Schema(name = "ReviewDecision")
public record ReviewInput(
        @Schema(required = true, enumeration = {"APPROVE", "RETURN"}) String decision,
        @Schema(required = true, description = "The series' latest submission, as the reviewer saw it; another one answers 409",
                examples = "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11") String submissionId,
        @Schema(description = "Required for RETURN; at most 2000 characters") String comment,
        @Schema(description = "Comments on single values") List<ValueCommentInput> valueComments) {

    @Schema(name = "ValueCommentInput")
    public record ValueCommentInput(@Schema(required = true, examples = "OPS_TIMELY_RATE") String indicatorCode,
                                    @Schema(required = true, examples = "Far above last year") String comment) {
    }
}
