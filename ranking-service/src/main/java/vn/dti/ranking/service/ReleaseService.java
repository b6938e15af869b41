package vn.dti.ranking.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.plumbing.events.EventTypes;
import vn.dti.plumbing.outbox.Outbox;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.problem.RequestFields;
import vn.dti.plumbing.problem.Validation;
import vn.dti.ranking.mapping.ReleaseView;
import vn.dti.ranking.mapping.ReleaseView.Change;
import vn.dti.ranking.mapping.ReleaseView.Provenance;
import vn.dti.ranking.repository.ReleaseRepository;
import vn.dti.ranking.repository.StandingsRepository;
import vn.dti.ranking.repository.StoredVersion;

/**
 * Releases (DESIGN §12): the committee freezes a standings version as the official result of a
 * (framework, period). One transaction under the (framework, period)'s release lock: find the version,
 * refuse a version released before, number the revision after the latest, compute the changes against
 * it, store the release and write {@code dti.release.published.v1} to the outbox.
 */
@ApplicationScoped
public class ReleaseService {

    static final int LABEL_MAX = 200;
    static final int NOTE_MAX = 2000;
    static final Set<String> FIELDS = RequestFields.of(ReleaseRequest.class);
    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
    };

    @Inject
    DataSource dataSource;

    @Inject
    ReleaseRepository releases;

    @Inject
    StandingsRepository standings;

    @Inject
    StandingsService standingsService;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    /** The validated request. */
    record Request(String frameworkCode, String period, int version, String label, String note, String basis) {
    }

    @Transactional
    public ReleaseView create(JsonNode body, String releasedBy) {
        Request request = validate(body);
        String basis = standingsService.basis(request.frameworkCode(), request.basis());
        try (Connection conn = dataSource.getConnection()) {
            releases.lock(conn, request.frameworkCode(), request.period());
            StoredVersion version = standings.findVersion(request.frameworkCode(), request.period(), basis, request.version())
                    .orElseThrow(() -> ProblemException.notFound("Framework " + request.frameworkCode() + ", period " + request.period()
                            + " has no standings version " + request.version() + " on the " + basis + " basis."));
            Optional<ReleaseRepository.Row> released = releases.ofVersion(conn, request.frameworkCode(), request.period(), basis,
                    request.version());
            if (released.isPresent()) {
                throw ProblemException.conflict("already-released", "Already released", "Version " + request.version() + " ("
                        + basis + ") of " + request.frameworkCode() + " " + request.period() + " is revision "
                        + released.get().revision() + " (release " + released.get().id() + ").");
            }
            Optional<ReleaseRepository.Row> previous = releases.latest(conn, request.frameworkCode(), request.period());
            List<Change> changes = previous.map(p -> changes(p.standings(), version.body())).orElse(List.of());
            List<Provenance> provenance = provenance(version);
            UUID id = UUID.randomUUID();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
            int revision = previous.map(p -> p.revision() + 1).orElse(1);
            UUID supersedes = previous.map(ReleaseRepository.Row::id).orElse(null);
            String payload = json.writeValueAsString(new ReleaseView.Published(id, request.frameworkCode(), request.period(), revision,
                    request.version(), basis, request.label(), request.note(), releasedBy, now, supersedes, changes, provenance,
                    version.body()));
            // aggregate id = ce_subject = releaseId; key {frameworkCode}/{period} like the standings events
            UUID eventId = outbox.append(EventTypes.RELEASE_PUBLISHED, id.toString(),
                    request.frameworkCode() + "/" + request.period(), payload);
            ReleaseRepository.Row row = new ReleaseRepository.Row(id, request.frameworkCode(), request.period(), basis, revision,
                    request.version(), request.label(), request.note(), releasedBy, now, supersedes, json.writeValueAsString(changes),
                    json.writeValueAsString(provenance), version.body(), eventId.toString());
            releases.insert(conn, row, false);
            return view(row);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores a release read from dti.release.published.v1 unless its id is stored already (a rebuild from the topic). */
    public void applyPublished(Connection conn, String eventId, JsonNode payload) throws SQLException {
        JsonNode note = payload.get("note");
        JsonNode supersedes = payload.get("supersedes");
        releases.insert(conn, new ReleaseRepository.Row(UUID.fromString(payload.get("releaseId").asText()),
                payload.get("frameworkCode").asText(), payload.get("period").asText(), payload.get("basis").asText(),
                payload.get("revision").asInt(), payload.get("version").asInt(), payload.get("label").asText(),
                note == null || note.isNull() ? null : note.asText(), payload.get("releasedBy").asText(),
                OffsetDateTime.parse(payload.get("releasedAt").asText()),
                supersedes == null || supersedes.isNull() ? null : UUID.fromString(supersedes.asText()),
                payload.get("changes").toString(), payload.get("provenance").toString(), payload.get("standings").toString(),
                eventId), true);
    }

    public Optional<ReleaseView> find(UUID id) {
        try (Connection conn = dataSource.getConnection()) {
            return releases.find(conn, id).map(this::view);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<ReleaseView.Summary> list(String frameworkCode, String period) {
        try (Connection conn = dataSource.getConnection()) {
            return releases.list(conn, frameworkCode, period).stream().map(r -> new ReleaseView.Summary(r.id(), r.frameworkCode(),
                    r.period(), r.basis(), r.revision(), r.version(), r.label(), r.note(), r.releasedBy(), r.releasedAt(),
                    r.supersedes())).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The standings body of the latest revision, byte for byte, or empty before the first release. */
    public Optional<String> official(String frameworkCode, String period) {
        try (Connection conn = dataSource.getConnection()) {
            return releases.latest(conn, frameworkCode, period).map(ReleaseRepository.Row::standings);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReleaseView view(ReleaseRepository.Row r) {
        try {
            return new ReleaseView(r.id(), r.frameworkCode(), r.period(), r.basis(), r.revision(), r.version(), r.label(), r.note(),
                    r.releasedBy(), r.releasedAt(), r.supersedes(), json.readValue(r.changes(), CHANGES), r.standings());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored release cannot be read", e);
        }
    }

    /**
     * The units whose rank or score differs between two standings bodies, by unitCode; a unit in only one
     * of them has the other side null. Scores are compared exactly (as stored), not rounded.
     */
    List<Change> changes(String previousBody, String body) {
        Map<String, JsonNode> before = entries(previousBody);
        Map<String, JsonNode> after = entries(body);
        Set<String> units = new TreeSet<>(before.keySet());
        units.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String unit : units) {
            JsonNode b = before.get(unit);
            JsonNode a = after.get(unit);
            Integer previousRank = b == null ? null : b.get("rank").asInt();
            Double previousScore = b == null ? null : b.get("score").asDouble();
            Integer rank = a == null ? null : a.get("rank").asInt();
            Double score = a == null ? null : a.get("score").asDouble();
            if (!java.util.Objects.equals(previousRank, rank) || !java.util.Objects.equals(previousScore, score)) {
                changes.add(new Change(unit, previousRank, rank, previousScore, score));
            }
        }
        return changes;
    }

    private Map<String, JsonNode> entries(String body) {
        try {
            Map<String, JsonNode> entries = new LinkedHashMap<>();
            for (JsonNode e : json.readTree(body).path("entries")) {
                entries.put(e.get("unitCode").asText(), e);
            }
            return entries;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored standings body is not JSON", e);
        }
    }

    /** Every unit of the standings (by unitCode) with the distinct submissions its values came from, sorted. */
    private List<Provenance> provenance(StoredVersion version) {
        Map<String, List<UUID>> byUnit = new TreeMap<>();
        for (String unit : entries(version.body()).keySet()) {
            Map<String, UUID> sources = version.sources().getOrDefault(unit, Map.of());
            byUnit.put(unit, new TreeSet<>(sources.values()).stream().sorted(java.util.Comparator.comparing(UUID::toString)).toList());
        }
        return byUnit.entrySet().stream().map(e -> new Provenance(e.getKey(), e.getValue())).toList();
    }

    private Request validate(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("", "INVALID_TYPE", "the body must be a JSON object");
        }
        Validation v = new Validation();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                v.add("/" + name, "UNKNOWN_FIELD", "is not a field of a release request");
            }
        }
        String frameworkCode = v.text(body, "frameworkCode", true, false);
        String period = v.text(body, "period", true, false);
        if (period != null && vn.dti.plumbing.period.PeriodCode.parse(period) == null) {
            v.add("/period", "INVALID_FORMAT", "must be a period like 2024, 2024-H1 or 2024-Q3");
        }
        Integer version = null;
        JsonNode n = body.get("version");
        if (n == null || n.isNull()) {
            v.add("/version", "REQUIRED", "is required");
        } else if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            v.add("/version", "INVALID_TYPE", "must be a whole number");
        } else if (n.intValue() < 1) {
            v.add("/version", "OUT_OF_RANGE", "must be at least 1");
        } else {
            version = n.intValue();
        }
        String label = v.text(body, "label", true, false);
        if (label != null) {
            label = label.strip();
            if (label.isEmpty()) {
                v.add("/label", "REQUIRED", "must not be blank");
            } else if (label.length() > LABEL_MAX) {
                v.add("/label", "TOO_LONG", "must be at most " + LABEL_MAX + " characters");
            }
        }
        String note = v.text(body, "note", false, true);
        if (note != null) {
            note = note.strip();
            if (note.length() > NOTE_MAX) {
                v.add("/note", "TOO_LONG", "must be at most " + NOTE_MAX + " characters");
            }
            note = note.isEmpty() ? null : note;
        }
        String basis = v.text(body, "basis", false, false);
        if (basis != null && !basis.equals(StandingsRepository.SUBMITTED) && !basis.equals(StandingsRepository.APPROVED)) {
            v.add("/basis", "INVALID_VALUE", "must be \"submitted\" or \"approved\"");
        }
        v.throwIfInvalid();
        return new Request(frameworkCode, period, version, label, note, basis);
    }
}
