package vn.dti.indicator.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON body of {@code POST /submissions}, described once: the OpenAPI document shows this
 * record, and {@link SubmissionParser} accepts exactly its fields. The body is not bound to it by
 * Jackson, which stops at the first bad field; the parser answers every problem at once, each with
 * its JSON Pointer, and keeps the pointers for the later checks (unknown indicator, range).
 */
@Schema(name = "SubmissionRequest")
public record SubmissionInput(@Schema(required = true, examples = "48") String unitCode,
                              @Schema(required = true, examples = "DTI-PROVINCE") String frameworkCode,
                              @Schema(required = true, examples = "2024") String period,
                              @Schema(required = true) List<ValueInput> values,
                              @Schema(description = "After the period's closesAt: an admin's correction needs this reason; the submission is flagged correction: true",
                                      maxLength = SubmissionParser.MAX_NOTE) String correctionReason) {

    @Schema(name = "SubmissionValueRequest")
    public record ValueInput(@Schema(required = true, examples = "OPS_TIMELY_RATE") String indicatorCode,
                             @Schema(required = true, description = "A finite number; true/false for yes/no indicators", examples = "98.01",
                                     oneOf = {Double.class, Boolean.class}) double value,
                             @Schema(maxLength = SubmissionParser.MAX_NOTE) String note) {
    }
}
