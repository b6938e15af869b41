package vn.dti.indicator.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.indicator.mapping.SubmissionPage;
import vn.dti.indicator.mapping.SubmissionView;
import vn.dti.plumbing.problem.FieldError;

/**
 * Submissions and their values (the history). Reads are a fixed number of queries whatever the
 * page size; writes are one statement per submission and one for all of its values.
 */
@ApplicationScoped
public class SubmissionRepository {

    @Inject
    Jdbc jdbc;

    private record Head(UUID id, String unitCode, String frameworkCode, String period, OffsetDateTime receivedAt, boolean late,
                        List<FieldError> warnings, String submittedBy, String correctionReason) {
    }

    /** Flags a stored submission as an admin's correction after closing, with its reason. */
    public void flagCorrection(UUID id, String reason) {
        jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("update submission set correction = true, correction_reason = ? where id = ?")) {
                Jdbc.bind(ps, List.of(reason, id));
                return ps.executeUpdate();
            }
        });
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<FieldError>> WARNINGS = new TypeReference<>() {
    };

    /** Stores the head of a new submission; its sequence number comes from {@link SeriesRepository#lockNext}. */
    public void insert(UUID id, String unitCode, String frameworkCode, String period, int sequence,
                       OffsetDateTime receivedAt, boolean late, String submittedBy, String mediaType, List<FieldError> warnings) {
        String warningsJson;
        try {
            warningsJson = JSON.writeValueAsString(warnings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    insert into submission (id, unit_code, framework_code, period, sequence_no, received_at, late, submitted_by, media_type, warnings)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")) {
                Jdbc.bind(ps, List.of(id, unitCode, frameworkCode, period, sequence, receivedAt, late, submittedBy, mediaType, warningsJson));
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Stores the values of a submission in their order, each with the current value it replaces
     * ({@code previous}, by indicator code): one statement for all of them, no per-value round trip.
     */
    public void insertValues(UUID submissionId, List<SubmissionView.Value> values, Map<String, SubmissionView.Superseded> previous) {
        int n = values.size();
        Integer[] positions = new Integer[n];
        String[] codes = new String[n];
        Double[] numbers = new Double[n];
        String[] notes = new String[n];
        UUID[] supersededIds = new UUID[n];
        Double[] supersededValues = new Double[n];
        for (int i = 0; i < n; i++) {
            SubmissionView.Value v = values.get(i);
            positions[i] = i;
            codes[i] = v.indicatorCode();
            numbers[i] = v.value();
            notes[i] = v.note();
            SubmissionView.Superseded old = previous.get(v.indicatorCode());
            supersededIds[i] = old == null ? null : old.submissionId();
            supersededValues[i] = old == null ? null : old.value();
        }
        jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    insert into submission_value (submission_id, position, indicator_code, value, note, superseded_submission_id, superseded_value)
                    select ?, t.* from unnest(?::int[], ?::varchar[], ?::float8[], ?::varchar[], ?::uuid[], ?::float8[]) as t""")) {
                ps.setObject(1, submissionId);
                ps.setArray(2, Jdbc.array(conn, "int4", positions));
                ps.setArray(3, Jdbc.array(conn, "varchar", codes));
                ps.setArray(4, Jdbc.array(conn, "float8", numbers));
                ps.setArray(5, Jdbc.array(conn, "varchar", notes));
                ps.setArray(6, Jdbc.array(conn, "uuid", supersededIds));
                ps.setArray(7, Jdbc.array(conn, "float8", supersededValues));
                return ps.executeUpdate();
            }
        });
    }

    public Optional<SubmissionView> find(UUID id) {
        List<SubmissionView> found = load("s.id = ?", List.of(id), 0L, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public SubmissionPage search(String unitCode, String frameworkCode, String period, int page, int size) {
        StringBuilder where = new StringBuilder("true");
        List<Object> args = new ArrayList<>();
        if (unitCode != null) {
            where.append(" and s.unit_code = ?");
            args.add(unitCode);
        }
        if (frameworkCode != null) {
            where.append(" and s.framework_code = ?");
            args.add(frameworkCode);
        }
        if (period != null) {
            where.append(" and s.period = ?");
            args.add(period);
        }
        long total = jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("select count(*) from submission s where " + where)) {
                Jdbc.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return new SubmissionPage(load(where.toString(), args, (long) page * size, size), page, size, total);
    }

    private List<SubmissionView> load(String where, List<Object> args, long offset, int limit) {
        return jdbc.work(conn -> {
            Map<UUID, Head> heads = new LinkedHashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("select s.id, s.unit_code, s.framework_code, s.period, s.received_at, s.late, s.warnings::text, s.submitted_by, "
                    + "case when s.correction then coalesce(s.correction_reason, '') end "
                    + "from submission s where " + where + " order by s.received_at desc, s.id offset ? limit ?")) {
                List<Object> all = new ArrayList<>(args);
                all.add(offset);
                all.add(limit);
                Jdbc.bind(ps, all);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        heads.put(id, new Head(id, rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, OffsetDateTime.class), rs.getBoolean(6), warnings(rs.getString(7)), rs.getString(8), rs.getString(9)));
                    }
                }
            }
            if (heads.isEmpty()) {
                return List.of();
            }
            Map<UUID, List<SubmissionView.Value>> values = new HashMap<>();
            Map<UUID, List<SubmissionView.Superseded>> superseded = new HashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("""
                    select v.submission_id, v.indicator_code, v.value, v.note, v.superseded_submission_id, v.superseded_value, p.received_at
                    from submission_value v left join submission p on p.id = v.superseded_submission_id
                    where v.submission_id = any(?) order by v.submission_id, v.position""")) {
                ps.setArray(1, conn.createArrayOf("uuid", heads.keySet().toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        values.computeIfAbsent(id, k -> new ArrayList<>())
                                .add(new SubmissionView.Value(rs.getString(2), rs.getDouble(3), rs.getString(4)));
                        UUID old = rs.getObject(5, UUID.class);
                        if (old != null) {
                            superseded.computeIfAbsent(id, k -> new ArrayList<>()).add(new SubmissionView.Superseded(
                                    rs.getString(2), rs.getDouble(6), old, rs.getObject(7, OffsetDateTime.class)));
                        }
                    }
                }
            }
            List<SubmissionView> views = new ArrayList<>();
            for (Head h : heads.values()) {
                views.add(new SubmissionView(h.id(), h.unitCode(), h.frameworkCode(), h.period(), h.receivedAt(), h.late(),
                        values.getOrDefault(h.id(), List.of()), superseded.getOrDefault(h.id(), List.of()), null, null, h.warnings())
                        .by(h.submittedBy(), h.correctionReason()));
            }
            return views;
        });
    }

    private static List<FieldError> warnings(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, WARNINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored warnings cannot be read", e);
        }
    }
}
