package vn.dti.report.mapping;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.dti.report.repository.ShareLinkRepository.LinkRow;

/** A share link as listed: never its secret (only its hash is stored, the URL was shown once, at creation). */
@Schema(name = "ShareLink")
public record ShareLinkView(
        @Schema(examples = "0b6f3f0e-6c43-4f6e-9d47-5b0f0f7de4a1") String id,
        @Schema(examples = "6f1d7c1e-3f3b-4d8e-9a59-2a8d1d3a9b10") String briefId,
        @Schema(description = "ACTIVE (opens the brief), EXPIRED or REVOKED (both answer 404)",
                enumeration = {"ACTIVE", "EXPIRED", "REVOKED"}, examples = "ACTIVE") String state,
        OffsetDateTime createdAt,
        @Schema(examples = "committee") String createdBy,
        OffsetDateTime expiresAt,
        @Schema(nullable = true) OffsetDateTime revokedAt,
        @Schema(nullable = true) String revokedBy,
        @Schema(description = "How many times the link served the brief (HTML or PDF)", examples = "3") long opens,
        @Schema(nullable = true) OffsetDateTime lastOpenedAt) {

    public static ShareLinkView of(LinkRow r, OffsetDateTime now) {
        String state = r.revokedAt() != null ? "REVOKED" : r.expiresAt().isAfter(now) ? "ACTIVE" : "EXPIRED";
        return new ShareLinkView(r.id().toString(), r.briefId().toString(), state, r.createdAt(), r.createdBy(), r.expiresAt(),
                r.revokedAt(), r.revokedBy(), r.opens(), r.lastOpenedAt());
    }

    /** The links of a brief, newest first. */
    @Schema(name = "ShareLinkList")
    public record Items(List<ShareLinkView> items) {
    }

    /** A link just made: the only time its URL (which holds the secret) is shown. */
    @Schema(name = "ShareLinkCreated")
    public record Created(
            @Schema(examples = "0b6f3f0e-6c43-4f6e-9d47-5b0f0f7de4a1") String id,
            @Schema(description = "Opens the brief's HTML without a token; add ?format=pdf for its PDF. Shown only now.",
                    examples = "http://127.0.0.1:8083/share/q9Xw3n0hZ2m1YtQ8v5sK7bR4cLpE6jUaFgDiHoNzW2M") String url,
            OffsetDateTime expiresAt) {
    }
}
