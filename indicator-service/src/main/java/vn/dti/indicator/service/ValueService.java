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

    @Inject
    vn.dti.indicator.repository.ReportingPeriodRepository schedules;

    @Inject
    vn.dti.indicator.repository.ReviewRepository reviews;

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
        return completeness(frameworkCode, period, null);
    }

    /**
     * With {@code unitCode} (a submitter's default is its own unit), that unit's to-do list: the codes it
     * reported and still owes, the deadlines and its review status; a submitter never sees another unit (403).
     */
    @jakarta.transaction.Transactional
    public CompletenessView completeness(String frameworkCode, String period, String unitCode) {
        PeriodCode p = period(frameworkCode, period);
        if (!caller.is(Roles.ADMIN) && !caller.is(Roles.REVIEWER) && !caller.is(Roles.COMMITTEE)) {
            if (unitCode == null) {
                unitCode = caller.unit();
            }
            caller.requireUnit(unitCode, false);
        }
        FrameworkDocument doc = catalog.published(frameworkCode).orElseThrow().document();
        CompletenessView all = values.completeness(frameworkCode, period, doc.unitType(), doc.unitGroup(), p.endsOn(), doc.indicators().size());
        java.util.Optional<vn.dti.indicator.domain.ReportingPeriod> schedule = schedules.find(frameworkCode, period);
        java.time.OffsetDateTime dueAt = schedule.map(s -> s.dueAt).orElse(null);
        java.time.OffsetDateTime closesAt = schedule.map(s -> s.closesAt).orElse(null);
        if (unitCode == null) {
            return new CompletenessView(frameworkCode, period, all.indicatorsExpected(), all.units(), all.totals(), dueAt, closesAt);
        }
        String code = unitCode;
        CompletenessView.UnitCompleteness row = all.units().stream().filter(u -> u.unitCode().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Unit " + code + " is not a unit of framework " + frameworkCode
                        + " in period " + period + "."));
        java.util.Set<String> reported = new java.util.HashSet<>();
        values.currentValues(frameworkCode, period, code).values().forEach(v -> reported.add(v.indicatorCode()));
        java.util.List<String> expected = new java.util.ArrayList<>(doc.indicators().keySet());
        vn.dti.indicator.mapping.ReviewView.UnitReview review = reviews.list(frameworkCode, period, doc.unitType(), doc.unitGroup(), p.endsOn(), code)
                .get(0);
        CompletenessView.UnitCompleteness todo = row.todo(expected.stream().filter(reported::contains).toList(),
                expected.stream().filter(c -> !reported.contains(c)).toList(), review.status(),
                "RETURNED".equals(review.status()) ? review.comment() : null);
        int done = row.reported() > 0 ? 1 : 0;
        CompletenessView.Totals totals = new CompletenessView.Totals(1, done, row.complete() ? 1 : 0, 1 - done, row.late() ? 1 : 0,
                row.expected(), row.reported(), row.expected() == 0 ? 0 : Math.round(10000.0 * row.reported() / row.expected()) / 10000.0);
        return new CompletenessView(frameworkCode, period, all.indicatorsExpected(), java.util.List.of(todo), totals, dueAt, closesAt);
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
