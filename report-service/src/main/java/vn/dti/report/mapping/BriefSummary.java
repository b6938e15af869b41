package vn.dti.report.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.dti.report.repository.BriefRepository.BriefRow;

/** A brief in the list: what it is about, what it was made from and whether it is published, without its content. */
@Schema(name = "BriefSummary")
public record BriefSummary(
        @Schema(format = "uuid", examples = "6f1d7c1e-3f3b-4d8e-9a59-2a8d1d3a9b10") String id,
        @Schema(examples = "Báo cáo phiên họp Ủy ban Quốc gia về chuyển đổi số") String title,
        @Schema(examples = "2025-04-10") LocalDate meetingDate,
        @Schema(examples = "DTI-PROVINCE") String frameworkCode,
        @Schema(examples = "2024") String period,
        @Schema(nullable = true, examples = "2023") String comparePeriod,
        @Schema(enumeration = {"en", "vi"}, examples = "vi") String language,
        OffsetDateTime createdAt,
        @Schema(examples = "committee") String createdBy,
        @Schema(examples = "17") int standingsVersion,
        @Schema(nullable = true) Integer compareStandingsVersion,
        @Schema(nullable = true, description = "Latest receivedAt among the values the brief used") OffsetDateTime dataCutoff,
        @Schema(examples = "/api/v1/briefs/6f1d7c1e-3f3b-4d8e-9a59-2a8d1d3a9b10") String href,
        @Schema(description = "DRAFT (seen by committee and admin only) or PUBLISHED (seen by every authenticated caller)",
                enumeration = {"DRAFT", "PUBLISHED"}, examples = "PUBLISHED") String status,
        @Schema(nullable = true, description = "When it was published; null for a draft") OffsetDateTime publishedAt,
        @Schema(nullable = true, description = "Who published it; null for a draft", examples = "committee") String publishedBy) {

    /** The list item of a stored brief. */
    public static BriefSummary of(BriefRow r) {
        return new BriefSummary(r.id().toString(), r.title(), r.meetingDate(), r.frameworkCode(), r.period(), r.comparePeriod(),
                r.language(), r.createdAt(), r.createdBy(), r.standingsVersion(), r.compareStandingsVersion(), r.dataCutoff(),
                "/api/v1/briefs/" + r.id(), r.status(), r.publishedAt(), r.publishedBy());
    }

    /** A page of briefs, newest first. */
    @Schema(name = "BriefPage")
    public record Page(List<BriefSummary> items, int page, int size, long total) {
    }
}
