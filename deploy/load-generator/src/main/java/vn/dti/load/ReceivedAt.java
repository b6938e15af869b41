package vn.dti.load;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Reads the top-level {@code receivedAt} of a 201 with Jackson's streaming parser, skipping the rest unparsed. */
final class ReceivedAt {

    private ReceivedAt() {
    }

    /** The top-level {@code receivedAt} string of a JSON object, or null when there is none or it is not JSON. */
    static String of(byte[] json) {
        try (JsonParser p = Api.JSON.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("receivedAt".equals(name) && value == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException notJson) {
            return null;
        }
    }
}
