package vn.dti.indicator.service;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.indicator.domain.Framework;
import vn.dti.indicator.domain.ReportingPeriod;
import vn.dti.indicator.mapping.PeriodView;
import vn.dti.plumbing.events.EventTypes;
import vn.dti.plumbing.outbox.Outbox;
import vn.dti.plumbing.problem.RequestFields;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.problem.Validation;
import vn.dti.indicator.repository.FrameworkRepository;
import vn.dti.indicator.repository.ReportingPeriodRepository;
import vn.dti.plumbing.period.PeriodCode;

@ApplicationScoped
public class PeriodService {

    public record Saved(PeriodView period, boolean created) {
    }

    private static final Set<String> FIELDS = RequestFields.of(PeriodInput.class);

    @Inject
    Outbox outbox;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    ReportingPeriodRepository schedules;

    @Inject
    HistoryService history;

    @Transactional
    public Saved put(String frameworkCode, String period, JsonNode body) {
        Framework f = frameworks.find(frameworkCode).orElse(null);
        if (f == null) {
            throw ProblemException.notFound("No framework " + frameworkCode + ".");
        }
        PeriodCode code = PeriodCode.parse(period, f.periodType);
        if (code == null) {
            throw ProblemException.invalid("/period", "PERIOD_MISMATCH", "framework " + frameworkCode + " is "
                    + f.periodType + ": periods look like " + PeriodCode.example(f.periodType));
        }
        if (!f.isPublished()) {
            throw ProblemException.conflict("framework-not-published", "Framework is not published",
                    "Publish framework " + frameworkCode + " before opening its periods.");
        }
        Validation v = new Validation();
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("", "INVALID_TYPE", "the period must be a JSON object {dueAt, closesAt}");
        }
        body.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                v.add("/" + field, "UNKNOWN_FIELD", "a period has only dueAt and closesAt");
            }
        });
        OffsetDateTime dueAt = instant(body, "dueAt", v);
        OffsetDateTime closesAt = instant(body, "closesAt", v);
        if (dueAt != null && closesAt != null && closesAt.isBefore(dueAt)) {
            v.add("/closesAt", "INVALID_RANGE", "must not be before dueAt");
        }
        v.throwIfInvalid();
        ReportingPeriod p = schedules.find(frameworkCode, period).orElse(null);
        boolean created = p == null;
        if (created) {
            p = new ReportingPeriod();
            p.frameworkCode = frameworkCode;
            p.period = period;
        }
        p.startsOn = code.startsOn();
        p.endsOn = code.endsOn();
        p.dueAt = dueAt;
        p.closesAt = closesAt;
        p.updatedAt = OffsetDateTime.now();
        if (created) {
            schedules.insert(p);
        } else {
            schedules.update(p);
        }
        PeriodView view = PeriodView.of(p, f.periodType);
        outbox.append(EventTypes.PERIOD_CHANGED, frameworkCode + "/" + period, frameworkCode, view);
        history.record(HistoryService.PERIOD, frameworkCode + "/" + period, created ? "SCHEDULED" : "RESCHEDULED",
                java.util.Map.of("dueAt", dueAt.toString(), "closesAt", closesAt.toString()));
        return new Saved(view, created);
    }

    public Optional<PeriodView> find(String frameworkCode, String period) {
        Framework f = frameworks.find(frameworkCode).orElse(null);
        if (f == null) {
            return Optional.empty();
        }
        return schedules.find(frameworkCode, period)
                .map(p -> PeriodView.of(p, f.periodType));
    }

    public Optional<List<PeriodView>> list(String frameworkCode) {
        Framework f = frameworks.find(frameworkCode).orElse(null);
        if (f == null) {
            return Optional.empty();
        }
        return Optional.of(schedules.ofFramework(frameworkCode)
                .stream().map(p -> PeriodView.of(p, f.periodType)).toList());
    }

    private static OffsetDateTime instant(JsonNode body, String field, Validation v) {
        JsonNode f = body.get(field);
        if (f == null || f.isNull()) {
            v.add("/" + field, "REQUIRED", "is required (RFC 3339, e.g. 2025-03-31T23:59:59+07:00)");
            return null;
        }
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(f.asText());
        } catch (DateTimeParseException e) {
            v.add("/" + field, "INVALID_DATE_TIME", "must be an RFC 3339 date-time with offset, e.g. 2025-03-31T23:59:59+07:00");
            return null;
        }
        if (!vn.dti.indicator.limits.Limits.inRange(at)) {
            v.add("/" + field, "OUT_OF_RANGE", "must lie in the years " + vn.dti.indicator.limits.Limits.FIRST_YEAR
                    + " to " + vn.dti.indicator.limits.Limits.LAST_YEAR);
            return null;
        }
        return at;
    }
}
