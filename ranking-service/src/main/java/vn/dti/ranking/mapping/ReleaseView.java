package vn.dti.ranking.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A release (an official revision of a standings version), as POST and GET /api/v1/releases/{id} answer
 * it. {@code standings} is the released version's body, embedded byte for byte.
 */
@Schema(name = "Release", description = "A standings version frozen as the official result (revision N) of a (framework, period)")
public record ReleaseView(
        @Schema(format = "uuid", examples = "9b2f6c1e-3d4a-4f5b-8c7d-1e2f3a4b5c6d") UUID id,
        @Schema(examples = "DTI-PROVINCE") String frameworkCode,
        @Schema(examples = "2024") String period,
        @Schema(description = "Basis of the released version", enumeration = {"submitted", "approved"}) String basis,
        @Schema(description = "1 for the first release of the (framework, period), then 2, 3, ...", examples = "2") int revision,
        @Schema(description = "The standings version released (numbered per basis)", examples = "57") int version,
        @Schema(examples = "DTI 2024 official results, revision 2") String label,
        @Schema(nullable = true, description = "The committee's note") String note,
        @Schema(description = "Subject of the token that released it", examples = "committee-chair") String releasedBy,
        OffsetDateTime releasedAt,
        @Schema(nullable = true, format = "uuid", description = "The revision this one supersedes; null for revision 1") UUID supersedes,
        @Schema(description = "Units whose rank or score differs from the superseded revision, by unitCode; empty for revision 1") List<Change> changes,
        @Schema(implementation = StandingsView.class, description = "The released version's standings body, byte for byte as GET /standings/{frameworkCode}/{period} served it")
        @JsonRawValue String standings) {

    /** A unit's change against the superseded revision; the previous side is null for a unit new in this one. */
    @Schema(name = "ReleaseChange")
    public record Change(
            @Schema(examples = "48") String unitCode,
            @Schema(nullable = true, examples = "3") Integer previousRank,
            @Schema(nullable = true, description = "Null for a unit no longer ranked", examples = "2") Integer rank,
            @Schema(nullable = true, examples = "0.61234") Double previousScore,
            @Schema(nullable = true, description = "Null for a unit no longer ranked", examples = "0.6301") Double score) {
    }

    /** A unit of the standings with the distinct submissions its values came from (sorted). */
    public record Provenance(String unitCode, List<UUID> submissionIds) {
    }

    /** An entry of GET /api/v1/releases: the release without its changes and standings. */
    @Schema(name = "ReleaseSummary")
    public record Summary(@Schema(format = "uuid") UUID id, String frameworkCode, String period,
                          @Schema(enumeration = {"submitted", "approved"}) String basis, int revision, int version, String label,
                          @Schema(nullable = true) String note, String releasedBy, OffsetDateTime releasedAt,
                          @Schema(nullable = true, format = "uuid") UUID supersedes) {
    }

    /** The payload of dti.release.published.v1 (docs/events), fields in the contract's order. */
    public record Published(UUID releaseId, String frameworkCode, String period, int revision, int version, String basis,
                            String label, String note, String releasedBy, OffsetDateTime releasedAt, UUID supersedes,
                            List<Change> changes, List<Provenance> provenance, @JsonRawValue String standings) {
    }
}
