package vn.dti.plumbing.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Request bodies that a service reads as text (to hash them for Idempotency-Key, or to report every
 * problem of a body at once) become a JSON tree here, or a 400 problem+json that says where the
 * JSON breaks.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /**
     * The body as a JSON tree. Empty or blank: 400 naming {@code expected} ("a JSON submission");
     * not well-formed, or followed by anything but white space: 400 with the line and column.
     */
    public static JsonNode read(ObjectMapper json, String body, String expected) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("The request body is empty; send " + expected + ".");
        }
        try {
            return json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
        } catch (JsonProcessingException e) {
            throw new ProblemException(malformed(e));
        }
    }

    /** The 400 of a body that is not well-formed JSON, with where the parser stopped. */
    static Problem malformed(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return Problem.of(400, "malformed-body", "Malformed request body", "The body is not well-formed JSON" + where + ".");
    }
}
