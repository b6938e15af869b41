package vn.dti.report.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import vn.dti.plumbing.period.PeriodCode;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.problem.RequestFields;
import vn.dti.plumbing.problem.Text;
import vn.dti.plumbing.problem.Validation;
import vn.dti.report.brief.BoundaryBasis;
import vn.dti.report.brief.BriefAssembler;
import vn.dti.report.brief.BriefContent;
import vn.dti.report.brief.FrameworkModel;
import vn.dti.report.brief.Inputs;
import vn.dti.report.config.BriefConfig;
import vn.dti.report.repository.BriefRepository;

/**
 * Creates briefs: validates the request completely (every problem at once, nothing stored on
 * error), reads the inputs from the read model, assembles the content and stores it as the
 * exact JSON text that will be served, in one REPEATABLE READ transaction: every input comes from
 * the same snapshot, whatever the consumer commits meanwhile.
 */
@ApplicationScoped
public class BriefService {

    private static final Logger LOG = Logger.getLogger(BriefService.class);

    static final int TITLE_MAX = 200;
    /** The meeting dates a brief may name (docs/api.md "Limits"); outside them the date is a typo, not a meeting. */
    public static final LocalDate MEETING_DATE_MIN = LocalDate.of(2000, 1, 1);
    public static final LocalDate MEETING_DATE_MAX = LocalDate.of(2099, 12, 31);
    static final Set<String> FIELDS = RequestFields.of(BriefRequest.class);

    @Inject
    BriefRepository repository;

    @Inject
    ObjectMapper json;

    @Inject
    BriefConfig config;

    @Inject
    MeterRegistry metrics;

    /** A created brief: its id and the JSON text stored and served. */
    public record Created(UUID id, String content) {
    }

    @Transactional
    public Created create(JsonNode body, String createdBy) {
        // One snapshot for every input below (framework, standings, units, values, deadline).
        repository.repeatableRead();
        Validation v = new Validation();
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("", "INVALID_TYPE", "the body must be a JSON object");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                v.add("/" + name, "UNKNOWN_FIELD", "is not a field of a brief request");
            }
        }
        String title = string(body, "title", true, v);
        if (title != null) {
            title = title.strip();
            if (title.isEmpty()) {
                v.add("/title", "REQUIRED", "must not be blank");
            } else if (title.length() > TITLE_MAX) {
                v.add("/title", "TOO_LONG", "must be at most " + TITLE_MAX + " characters");
            }
        }
        LocalDate meetingDate = null;
        String date = string(body, "meetingDate", true, v);
        if (date != null) {
            try {
                meetingDate = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                v.add("/meetingDate", "INVALID_FORMAT", "must be a date like 2025-03-28");
            }
            if (meetingDate != null && (meetingDate.isBefore(MEETING_DATE_MIN) || meetingDate.isAfter(MEETING_DATE_MAX))) {
                v.add("/meetingDate", "OUT_OF_RANGE", "must be between " + MEETING_DATE_MIN + " and " + MEETING_DATE_MAX);
                meetingDate = null;
            }
        }
        String language = string(body, "language", true, v);
        if (language != null && !language.equals("en") && !language.equals("vi")) {
            v.add("/language", "INVALID_VALUE", "must be \"en\" or \"vi\"");
        }
        String frameworkCode = string(body, "frameworkCode", true, v);
        FrameworkModel framework = null;
        if (frameworkCode != null) {
            framework = repository.framework(frameworkCode).map(FrameworkModel::of).orElse(null);
            if (framework == null) {
                v.add("/frameworkCode", "UNKNOWN_FRAMEWORK", "no published framework " + frameworkCode + " is known to the report-service");
            }
        }
        String period = string(body, "period", true, v);
        PeriodCode periodCode = period(framework, period, "/period", v);
        String comparePeriod = string(body, "comparePeriod", false, v);
        PeriodCode compareCode = period(framework, comparePeriod, "/comparePeriod", v);
        if (periodCode != null && compareCode != null && !compareCode.endsOn().isBefore(periodCode.endsOn())) {
            v.add("/comparePeriod", "INVALID_VALUE", "must be a period before " + period);
            compareCode = null;
        }
        BriefRepository.ReleaseRow release = release(string(body, "releaseId", false, v), frameworkCode, period, v);
        Inputs.Standings standings = null;
        Inputs.Standings compare = null;
        if (release != null) {
            standings = release.standings(); // every figure from the release, not from the latest standings
        } else if (framework != null && periodCode != null) {
            standings = repository.standings(frameworkCode, period).orElse(null);
            if (standings == null) {
                v.add("/period", "NO_STANDINGS", "no standings of " + frameworkCode + " for " + period + " have been received yet");
            }
        }
        if (framework != null && compareCode != null) {
            // a release brief compares with the compare period's official result when there is one
            compare = (release == null ? Optional.<Inputs.Standings>empty()
                    : repository.latestRelease(frameworkCode, comparePeriod).map(BriefRepository.ReleaseRow::standings))
                    .or(() -> repository.standings(frameworkCode, comparePeriod)).orElse(null);
            if (compare == null) {
                v.add("/comparePeriod", "NO_STANDINGS", "no standings of " + frameworkCode + " for " + comparePeriod + " have been received yet");
            }
        }
        v.throwIfInvalid();

        Set<String> comparable = Set.of();
        if (compare != null) {
            Map<String, String[]> names = new HashMap<>();
            standings.entries().forEach(e -> names.put(e.unitCode(), new String[] {e.unitName(), null}));
            compare.entries().forEach(e -> {
                String[] pair = names.get(e.unitCode());
                if (pair != null) {
                    pair[1] = e.unitName();
                }
            });
            comparable = repository.sameUnits(names, periodCode.endsOn(), compareCode.endsOn());
        }
        Inputs.Boundary boundary = null;
        if (compare != null) {
            // Across a boundary change (the 2025 mergers) the compare period is restated on this period's units.
            Optional<BoundaryBasis.Result> restated = restated(framework, standings, compare, comparable,
                    periodCode.endsOn(), compareCode.endsOn());
            if (restated.isPresent()) {
                compare = restated.get().restated();
                comparable = restated.get().compared();
                boundary = restated.get().boundary();
            }
        }
        Inputs.Release released = release == null ? null : release.release();
        Inputs inputs = new Inputs(framework, standings, compare,
                released == null ? repository.values(frameworkCode, period) : repository.releaseValues(released),
                repository.dueAt(frameworkCode, period).orElse(null), comparable, repository.reviews(frameworkCode, period), released,
                boundary);
        Inputs.Request request = new Inputs.Request(title, meetingDate, frameworkCode, period, comparePeriod, language);
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        BriefContent content = BriefAssembler.assemble(inputs, request, id.toString(), now, createdBy,
                new BriefAssembler.Sizes(config.topCount(), config.moversCount(), config.profileIndicators()));
        String text;
        try {
            text = json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        repository.insert(new BriefRepository.BriefRow(id, now, createdBy, title, meetingDate, frameworkCode, period,
                comparePeriod, language, standings.version(), compare == null ? null : compare.version(),
                content.dataCutoff(), "DRAFT", null, null), text, released);
        metrics.counter("dti.briefs.created", "language", language).increment();
        return new Created(id, text);
    }

    /**
     * The release named by {@code releaseId}, or null when none is named; an id that is not a uuid, that no
     * dti.release.published.v1 brought, or of another framework or period is a 422 at /releaseId.
     */
    private BriefRepository.ReleaseRow release(String releaseId, String frameworkCode, String period, Validation v) {
        if (releaseId == null) {
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(releaseId);
        } catch (IllegalArgumentException e) {
            v.add("/releaseId", "INVALID_FORMAT", "must be a release id (a uuid)");
            return null;
        }
        BriefRepository.ReleaseRow release = repository.release(id).orElse(null);
        if (release == null) {
            v.add("/releaseId", "UNKNOWN_RELEASE", "no release " + releaseId + " is known to the report-service");
            return null;
        }
        if ((frameworkCode != null && !frameworkCode.equals(release.frameworkCode())) || (period != null && !period.equals(release.period()))) {
            v.add("/releaseId", "RELEASE_MISMATCH", "release " + releaseId + " is of " + release.frameworkCode() + " " + release.period()
                    + ", not of " + frameworkCode + " " + period);
            return null;
        }
        return release;
    }

    /** The compare period restated on the period's units when a boundary change lies between them; empty otherwise. */
    private Optional<BoundaryBasis.Result> restated(FrameworkModel framework, Inputs.Standings standings, Inputs.Standings compare,
                                                    Set<String> comparable, LocalDate asOf, LocalDate compareDate) {
        try {
            return BoundaryBasis.of(framework, standings, compare, comparable, repository.unitVersions(framework.unitType()),
                    asOf, compareDate, repository.values(framework.code(), compare.period()));
        } catch (IllegalArgumentException e) {
            // inconsistent unit versions (two valid on one day): compared as published, and said in the log
            LOG.warnf("Brief of %s %s: no restatement of %s (%s); compared as published", framework.code(), standings.period(),
                    compare.period(), e.getMessage());
            return Optional.empty();
        }
    }

    private static String string(JsonNode body, String field, boolean required, Validation v) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                v.add("/" + field, "REQUIRED", "is required");
            }
            return null;
        }
        if (!n.isTextual()) {
            v.add("/" + field, "INVALID_TYPE", "must be a string");
            return null;
        }
        String text = n.asText();
        int bad = Text.firstInvalid(text, false);
        if (bad >= 0) {
            // NUL cannot be stored by PostgreSQL at all, other C0 controls break the HTML and PDF for good
            v.add("/" + field, "INVALID_CHARACTER", "must not contain control characters or unpaired surrogates (U+"
                    + String.format("%04X", (int) text.charAt(bad)) + " at index " + bad + ")");
            return null;
        }
        return text;
    }

    private static PeriodCode period(FrameworkModel framework, String period, String pointer, Validation v) {
        if (period == null) {
            return null;
        }
        PeriodCode code = PeriodCode.parse(period);
        if (code == null) {
            v.add(pointer, "INVALID_FORMAT", "must be a period like 2024, 2024-H1 or 2024-Q3");
            return null;
        }
        if (framework != null && !code.fits(framework.periodType())) {
            v.add(pointer, "PERIOD_MISMATCH", "framework " + framework.code() + " is reported by " + framework.periodType() + " periods");
            return null;
        }
        return code;
    }

    /** Reads a stored brief's content back for rendering. */
    public BriefContent read(String content) {
        try {
            return json.readValue(content, BriefContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored brief cannot be read", e);
        }
    }
}
