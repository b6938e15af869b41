package vn.dti.report.portal.api;

import java.util.List;

/**
 * An API's refusal (its application/problem+json: status, title, detail and, for 422, one error per
 * field with its JSON Pointer), or a failure to reach it (status 503). Thrown by {@link ApiClient};
 * unhandled, it becomes the portal's error page of that status (vn.dti.report.portal.PortalErrors);
 * a form catches it and shows {@link #errorsAt(String)} next to the field.
 */
public class ApiProblem extends RuntimeException {

    /** One problem of a field: the pointer into the request body (/title) and what is wrong. */
    public record FieldProblem(String pointer, String code, String detail) {
    }

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldProblem> errors;

    public ApiProblem(int status, String title, String detail, List<FieldProblem> errors) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** The details of the errors at {@code pointer} (e.g. "/title"), joined; null when that field is fine. */
    public String errorsAt(String pointer) {
        List<String> details = errors.stream().filter(e -> pointer.equals(e.pointer())).map(FieldProblem::detail).toList();
        return details.isEmpty() ? null : String.join("; ", details);
    }

    /** The errors that name no field of a form with these fields (shown at the top of the form). */
    public List<FieldProblem> errorsNotAt(List<String> pointers) {
        return errors.stream().filter(e -> !pointers.contains(e.pointer())).toList();
    }

    public boolean isValidation() {
        return status == 400 || status == 409 || status == 422;
    }
}
