package vn.dti.indicator.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** When a framework's period is due (later is late) and when it closes (later is refused). */
@Entity
@Table(name = "reporting_period")
@IdClass(ReportingPeriod.Key.class)
public class ReportingPeriod extends PanacheEntityBase {

    @Id
    @Column(name = "framework_code")
    public String frameworkCode;
    @Id
    public String period;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "due_at")
    public OffsetDateTime dueAt;
    @Column(name = "closes_at")
    public OffsetDateTime closesAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static class Key implements Serializable {
        public String frameworkCode;
        public String period;

        public Key() {
        }

        public Key(String frameworkCode, String period) {
            this.frameworkCode = frameworkCode;
            this.period = period;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.frameworkCode.equals(frameworkCode) && k.period.equals(period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(frameworkCode, period);
        }
    }
}
