package vn.dti.indicator.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.indicator.mapping.ReviewView;

/**
 * The review state of a series (on its {@code submission_series} lock row) and the history of
 * decisions ({@code review}). A review locks the series row like a submission does, so the two
 * serialise: a decision always names the submission that is latest when it commits.
 */
@ApplicationScoped
public class ReviewRepository {

    /** The locked series: its latest submission and review status. */
    public record Series(UUID latestSubmissionId, String status) {
    }

    @Inject
    Jdbc jdbc;

    @Inject
    ObjectMapper json;

    /** Locks the series row until the transaction ends; empty when the unit never submitted. */
    public Optional<Series> lock(String unitCode, String frameworkCode, String period) {
        return jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    select latest_submission_id, review_status from submission_series
                    where unit_code = ? and framework_code = ? and period = ? for update""")) {
                Jdbc.bind(ps, List.of(unitCode, frameworkCode, period));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Series(rs.getObject(1, UUID.class), rs.getString(2))) : Optional.empty();
                }
            }
        });
    }

    /** A new submission of the (already locked) series: it is the one to review now. */
    public void submitted(String unitCode, String frameworkCode, String period, UUID submissionId) {
        jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    update submission_series set latest_submission_id = ?, review_status = 'SUBMITTED'
                    where unit_code = ? and framework_code = ? and period = ?""")) {
                Jdbc.bind(ps, List.of(submissionId, unitCode, frameworkCode, period));
                return ps.executeUpdate();
            }
        });
    }

    /** Records a decision on the (locked) series and its new status. */
    public void decide(String unitCode, String frameworkCode, String period, UUID submissionId, String decision, String comment,
                       List<ReviewView.ValueComment> valueComments, String reviewedBy, OffsetDateTime reviewedAt) {
        String status = "APPROVE".equals(decision) ? "APPROVED" : "RETURNED";
        String comments = write(valueComments);
        jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    insert into review (unit_code, framework_code, period, submission_id, decision, comment, value_comments, reviewed_by, reviewed_at)
                    values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")) {
                Jdbc.bind(ps, Arrays.asList(unitCode, frameworkCode, period, submissionId, decision, comment, comments, reviewedBy, reviewedAt));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("""
                    update submission_series set review_status = ?,
                        approved_submission_id = case when ? = 'APPROVED' then cast(? as uuid) else approved_submission_id end
                    where unit_code = ? and framework_code = ? and period = ?""")) {
                Jdbc.bind(ps, List.of(status, status, submissionId.toString(), unitCode, frameworkCode, period));
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Every unit of {@code unitType} (and {@code unitGroup} unless null) valid on {@code day} (only {@code unitCode} when not null) with its
     * series' review state, the latest submission's warnings and the latest decision; one query.
     */
    public List<ReviewView.UnitReview> list(String frameworkCode, String period, String unitType, String unitGroup, LocalDate day,
                                            String unitCode) {
        return jdbc.work(conn -> {
            List<ReviewView.UnitReview> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("""
                    select u.code, u.name, ss.review_status, ss.latest_submission_id, cast(s.warnings as varchar),
                           r.reviewed_by, r.reviewed_at, r.submission_id, r.decision, r.comment, cast(r.value_comments as varchar)
                    from unit u
                    left join submission_series ss on ss.unit_code = u.code and ss.framework_code = ? and ss.period = ?
                    left join submission s on s.id = ss.latest_submission_id
                    left join lateral (select * from review x where x.framework_code = ? and x.period = ? and x.unit_code = u.code
                                       order by x.id desc limit 1) r on true
                    where u.type = ? and u.valid_from <= ? and (u.valid_to is null or u.valid_to >= ?)
                      and (cast(? as varchar) is null or u.unit_group = ?)
                      and (cast(? as varchar) is null or u.code = ?)
                    order by u.code""")) {
                Jdbc.bind(ps, Arrays.asList(frameworkCode, period, frameworkCode, period, unitType, day, day, unitGroup, unitGroup,
                        unitCode, unitCode));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String status = rs.getString(3);
                        List<ReviewView.ValueComment> comments = read(rs.getString(11));
                        out.add(new ReviewView.UnitReview(rs.getString(1), rs.getString(2), status == null ? "NOT_SUBMITTED" : status,
                                rs.getObject(4, UUID.class), status == null ? null : json.readTree(rs.getString(5) == null ? "[]" : rs.getString(5)),
                                rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getObject(8, UUID.class), rs.getString(9),
                                rs.getString(10), comments == null || comments.isEmpty() ? null : comments));
                    }
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return out;
        });
    }

    private String write(List<ReviewView.ValueComment> comments) {
        try {
            return json.writeValueAsString(comments == null ? List.of() : comments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ReviewView.ValueComment> read(String text) throws JsonProcessingException {
        return text == null ? null : json.readValue(text, new TypeReference<List<ReviewView.ValueComment>>() { });
    }
}
