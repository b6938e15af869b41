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
