package vn.dti.indicator.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A province or ministry over one span of validity; (code, validFrom) names it across time. */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String name;
    @Column(name = "name_en")
    public String nameEn;
    public String type;
    @Column(name = "unit_group")
    public String group;
    public String region;
    @Column(name = "centrally_run")
    public boolean centrallyRun;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "predecessor_codes")
    public String predecessorCodes = "";
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    public List<String> predecessors() {
        return predecessorCodes == null || predecessorCodes.isBlank() ? List.of()
                : Arrays.asList(predecessorCodes.trim().split("\\s+"));
    }

    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
