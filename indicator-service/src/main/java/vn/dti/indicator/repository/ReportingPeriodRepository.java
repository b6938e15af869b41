package vn.dti.indicator.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.dti.indicator.domain.ReportingPeriod;

@ApplicationScoped
public class ReportingPeriodRepository implements PanacheRepositoryBase<ReportingPeriod, ReportingPeriod.Key> {

    public Optional<ReportingPeriod> find(String frameworkCode, String period) {
        return findByIdOptional(new ReportingPeriod.Key(frameworkCode, period));
    }

    public List<ReportingPeriod> ofFramework(String frameworkCode) {
        return list("frameworkCode", Sort.by("period"), frameworkCode);
    }
}
