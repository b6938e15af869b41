package vn.dti.plumbing.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors so a request is answered with all of its problems at once. */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public Validation add(String pointer, String code, String detail) {
        errors.add(new FieldError(pointer, code, detail));
        return this;
    }

    /**
     * The text of {@code field} of a JSON object body, or null: when absent or null (REQUIRED if
     * {@code required}), not a string (INVALID_TYPE), or holding what {@link Text} refuses (tab and
     * line breaks allowed when {@code multiline}); each problem is added at {@code /field}.
     */
    public String text(com.fasterxml.jackson.databind.JsonNode body, String field, boolean required, boolean multiline) {
        com.fasterxml.jackson.databind.JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                add("/" + field, "REQUIRED", "is required");
            }
            return null;
        }
        if (!n.isTextual()) {
            add("/" + field, "INVALID_TYPE", "must be a string");
            return null;
        }
        return Text.check(n.asText(), multiline, "/" + field, this) ? n.asText() : null;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Throws a 422 problem if anything was collected. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
