package vn.dti.indicator.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.dti.indicator.domain.ReportingPeriod;

/** A reporting period; also the {@code dti.period.changed.v1} payload (with changedAt). */
@Schema(name = "Period")
public record PeriodView(@Schema(examples = "DTI-PROVINCE") String frameworkCode,
                         @Schema(examples = "2024") String period,
                         @Schema(examples = "ANNUAL", enumeration = {"ANNUAL", "HALF_YEAR", "QUARTER"}) String periodType,
                         LocalDate startsOn, LocalDate endsOn,
                         @Schema(description = "After this instant a submission is accepted but marked late") OffsetDateTime dueAt,
                         @Schema(description = "After this instant submissions are refused with 409") OffsetDateTime closesAt,
                         OffsetDateTime changedAt) {

    public static PeriodView of(ReportingPeriod p, String periodType) {
        return new PeriodView(p.frameworkCode, p.period, periodType, p.startsOn, p.endsOn, p.dueAt, p.closesAt, p.updatedAt);
    }
}
