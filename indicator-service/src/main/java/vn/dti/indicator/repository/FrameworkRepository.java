package vn.dti.indicator.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.dti.indicator.domain.Framework;

@ApplicationScoped
public class FrameworkRepository implements PanacheRepositoryBase<Framework, String> {

    public List<Framework> listByCode() {
        return listAll(Sort.by("code"));
    }

    /** The framework row locked until the transaction ends, so two writers of a draft serialise. */
    public Framework lockForUpdate(String code) {
        return findById(code, LockModeType.PESSIMISTIC_WRITE);
    }
}
