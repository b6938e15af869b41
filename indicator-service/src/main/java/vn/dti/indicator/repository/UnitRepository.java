package vn.dti.indicator.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.dti.indicator.domain.Unit;

@ApplicationScoped
public class UnitRepository implements PanacheRepository<Unit> {

    private static final String VALID = "validFrom <= :day and (validTo is null or validTo >= :day)";

    public List<Unit> validOn(LocalDate day, String type) {
        if (type == null) {
            return find(VALID, Sort.by("code"), Parameters.with("day", day)).list();
        }
        return find(VALID + " and type = :type", Sort.by("code"), Parameters.with("day", day).and("type", type)).list();
    }

    public Optional<Unit> validOn(String code, LocalDate day) {
        return find("code = :code and " + VALID, Parameters.with("code", code).and("day", day)).firstResultOptional();
    }

    /** True when some version of the unit exists, whatever its validity. */
    public boolean exists(String code) {
        return count("code", code) > 0;
    }

    public List<Unit> versions(String code) {
        return list("code", Sort.by("validFrom"), code);
    }
}
