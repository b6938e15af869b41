package vn.dti.indicator.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.indicator.mapping.HistoryView;

/** The change history of frameworks, period schedules and units (table change_history), written in the change's transaction. */
@ApplicationScoped
public class HistoryRepository {

    @Inject
    Jdbc jdbc;

    @Inject
    ObjectMapper json;

    public void record(String entity, String key, String action, String changedBy, OffsetDateTime at, Object detail) {
        String text;
        try {
            text = json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    insert into change_history (entity, entity_key, action, changed_by, changed_at, detail)
                    values (?, ?, ?, ?, ?, cast(? as jsonb))""")) {
                Jdbc.bind(ps, List.of(entity, key, action, changedBy, at, text));
                return ps.executeUpdate();
            }
        });
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>> DETAIL = new com.fasterxml.jackson.core.type.TypeReference<>() {
    };

    private java.util.Map<String, Object> detail(String text) throws JsonProcessingException {
        return text == null ? null : json.readValue(text, DETAIL);
    }

    public List<HistoryView.Change> list(String entity, String key) {
        return jdbc.work(conn -> {
            List<HistoryView.Change> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("""
                    select action, changed_by, changed_at, cast(detail as varchar) from change_history
                    where entity = ? and entity_key = ? order by id""")) {
                Jdbc.bind(ps, List.of(entity, key));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new HistoryView.Change(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                                detail(rs.getString(4))));
                    }
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return out;
        });
    }
}
