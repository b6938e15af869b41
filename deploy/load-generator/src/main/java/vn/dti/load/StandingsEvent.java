package vn.dti.load;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads a standings event's version and each entry's unitCode and score with Jackson's streaming
 * parser, skipping everything else (the entries' children are most of its ~57 kB at 20 indicators).
 * Building the whole tree of every version made the freshness consumer fall seconds behind on a
 * loaded machine, and its lateness was counted as freshness.
 */
final class StandingsEvent {

    private StandingsEvent() {
    }

    static Freshness.Version parse(byte[] json, Instant arrivedAt) throws IOException {
        long version = -1;
        Map<String, Double> scores = new HashMap<>();
        try (JsonParser p = Api.JSON.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a standings body");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("version".equals(field)) {
                    version = p.getLongValue();
                } else if ("entries".equals(field) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        String unit = null;
                        Double score = null;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            JsonToken v = p.nextToken();
                            if ("unitCode".equals(name)) {
                                unit = p.getText();
                            } else if ("score".equals(name) && v.isNumeric()) {
                                score = p.getDoubleValue();
                            } else {
                                p.skipChildren();
                            }
                        }
                        if (unit != null && score != null) {
                            scores.put(unit, score);
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        if (version < 0) {
            throw new IOException("no version");
        }
        return new Freshness.Version(version, scores, arrivedAt);
    }
}
