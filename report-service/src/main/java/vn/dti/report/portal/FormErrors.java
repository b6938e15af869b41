package vn.dti.report.portal;

import java.util.List;
import java.util.Map;

import vn.dti.report.portal.api.ApiProblem;

/**
 * An API's refusal of a form, as the form shows it: each error next to its field (by the field's
 * JSON Pointer in the API's body), the rest at the top. Empty when the form has not been refused.
 */
public record FormErrors(ApiProblem problem, Map<String, String> fieldsByPointer) {

    public static final FormErrors NONE = new FormErrors(null, Map.of());

    public boolean any() {
        return problem != null;
    }

    /** The API's details for a form field (by its name), or null. */
    public String at(String field) {
        if (problem == null) {
            return null;
        }
        return fieldsByPointer.entrySet().stream().filter(e -> e.getValue().equals(field))
                .map(e -> problem.errorsAt(e.getKey())).filter(d -> d != null).findFirst().orElse(null);
    }

    /** The API's errors for a form field (by its name), each with its pointer and code: a page may name the code in its language. */
    public List<ApiProblem.FieldProblem> errorsFor(String field) {
        if (problem == null) {
            return List.of();
        }
        return problem.errors().stream().filter(e -> field.equals(fieldsByPointer.get(e.pointer()))).toList();
    }

    /** The API's code (REQUIRED, OUT_OF_RANGE…) of the first error at a form field, or null: the page says it in its language. */
    public String codeAt(String field) {
        if (problem == null) {
            return null;
        }
        return fieldsByPointer.entrySet().stream().filter(e -> e.getValue().equals(field))
                .flatMap(e -> problem.errors().stream().filter(error -> e.getKey().equals(error.pointer())))
                .map(ApiProblem.FieldProblem::code).filter(c -> c != null).findFirst().orElse(null);
    }

    /** What names no field of the form: the problem's detail, or errors at other pointers. */
    public List<String> general() {
        if (problem == null) {
            return List.of();
        }
        List<String> other = problem.errorsNotAt(List.copyOf(fieldsByPointer.keySet())).stream()
                .map(e -> (e.pointer() == null || e.pointer().isEmpty() ? "" : e.pointer() + ": ") + e.detail()).toList();
        if (!other.isEmpty()) {
            return other;
        }
        if (problem.errors().isEmpty()) {
            return List.of(problem.detail() != null ? problem.detail() : problem.title());
        }
        return List.of();
    }

    /**
     * The refusal of a form, or the exception again when it is not about the form's content (401, 403,
     * an API that is down): those are the error pages.
     */
    public static FormErrors of(ApiProblem problem, Map<String, String> fieldsByPointer) {
        if (problem.status() == 401 || problem.status() == 403 || problem.status() >= 500) {
            throw problem;
        }
        return new FormErrors(problem, fieldsByPointer);
    }
}
