package vn.dti.indicator.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import vn.dti.indicator.domain.Unit;
import vn.dti.indicator.limits.Limits;

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

    /** Every version of {@code code}, oldest first, locked until the transaction ends (in the canonical order). */
    public List<Unit> lockVersions(String code) {
        return find("code", Sort.by("validFrom"), code).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * Locks the versions of {@code codes} valid on {@code day}, in code order (the canonical order, so
     * two writers never wait for each other in a cycle).
     */
    public void lockValidOn(List<String> codes, LocalDate day) {
        if (!codes.isEmpty()) {
            find("code in :codes and " + VALID, Sort.by("code").and("validFrom"), Parameters.with("codes", codes).and("day", day))
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        }
    }

    /**
     * The units that name {@code code} as a predecessor and start after {@code from} and, when
     * {@code until} is not null, no later than {@code until}: the successors of the version of
     * {@code code} starting on {@code from} (a predecessor is the version valid the day before).
     */
    public List<Unit> successors(String code, LocalDate from, LocalDate until) {
        return getEntityManager().createNativeQuery("""
                        select * from unit
                        where :code = any(string_to_array(predecessor_codes, ' '))
                          and valid_from > :from and valid_from <= :until
                        order by valid_from, code""", Unit.class)
                .setParameter("code", code).setParameter("from", from).setParameter("until", until == null ? Limits.LAST_DAY : until)
                .getResultList();
    }
}
