package vn.dti.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.indicator.framework.FrameworkDocument;
import vn.dti.plumbing.period.PeriodCode;
import vn.dti.indicator.mapping.CompletenessView;
import vn.dti.indicator.mapping.CurrentValueView;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.indicator.repository.ValueRepository;
import vn.dti.indicator.security.Caller;
import vn.dti.plumbing.security.Roles;

/** Current values and reporting completeness of a published framework's period. */
@ApplicationScoped
public class ValueService {

    @Inject
    ValueRepository values;

    @Inject
    FrameworkCatalog catalog;

    @Inject
    Caller caller;

    /** Submitters see their own unit only ({@code unitCode} defaults to it). */
    public CurrentValueView currentValues(String frameworkCode, String period, String unitCode) {
        period(frameworkCode, period);
        if (!caller.is(Roles.ADMIN) && !caller.is(Roles.REVIEWER) && !caller.is(Roles.COMMITTEE)) {
            if (unitCode == null) {
                unitCode = caller.unit();
            }
            caller.requireUnit(unitCode, false);
        }
        return values.currentValues(frameworkCode, period, unitCode);
    }

    /** Every unit of the framework's type valid on the period's last day, reported or not. */
    public CompletenessView completeness(String frameworkCode, String period) {
        PeriodCode p = period(frameworkCode, period);
        FrameworkDocument doc = catalog.published(frameworkCode).orElseThrow().document();
        return values.completeness(frameworkCode, period, doc.unitType(), p.endsOn(), doc.indicators().size());
    }

    private PeriodCode period(String frameworkCode, String period) {
        FrameworkDocument doc = catalog.published(frameworkCode)
                .orElseThrow(() -> ProblemException.notFound("No published framework " + frameworkCode + ".")).document();
        PeriodCode p = PeriodCode.parse(period, doc.periodType());
        if (p == null) {
            throw ProblemException.notFound("Framework " + frameworkCode + " is " + doc.periodType() + "; there is no period " + period + ".");
        }
        return p;
    }
}
