package vn.dti.ranking.service;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /releases, described once: the OpenAPI document shows this record, and
 * {@link ReleaseService} refuses any field it does not have (UNKNOWN_FIELD), answering every problem at once.
 */
@Schema(name = "ReleaseRequest")
public record ReleaseRequest(
        @Schema(required = true, examples = "DTI-PROVINCE") String frameworkCode,
        @Schema(required = true, examples = "2024") String period,
        @Schema(required = true, type = SchemaType.INTEGER, format = "int32", minimum = "1", description = "The standings version to release (on basis)", examples = "57") Integer version,
        @Schema(required = true, maxLength = 200, examples = "DTI 2024 official results") String label,
        @Schema(maxLength = 2000, nullable = true, description = "The committee's note (tab and line breaks allowed)") String note,
        @Schema(enumeration = {"submitted", "approved"}, description = "Basis of the version; default approved for a framework that requires approval, else submitted (a framework without requireApproval has one basis: both names release its submitted standings)") String basis) {
}
