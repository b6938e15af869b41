package vn.dti.indicator.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * When a framework's period is due (later is late) and when it closes (later is refused). Row of
 * {@code reporting_period}, keyed by (frameworkCode, period), mapped by {@code ReportingPeriodRepository}.
 */
public class ReportingPeriod {

    public String frameworkCode;
    public String period;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public OffsetDateTime dueAt;
    public OffsetDateTime closesAt;
    public OffsetDateTime updatedAt;
}
