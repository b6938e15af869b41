package vn.dti.report.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dti.report.portal.api.ApiProblem;
import vn.dti.report.portal.api.ApiProblem.FieldProblem;

/**
 * An API's 422 problems placed next to the form fields they point at: the API's JSON pointer
 * ({@code /values/0/value}) names a field of the form ({@code value}); a problem whose pointer names no
 * field of the form is listed above it ({@link #others()}).
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of(), List.of(), null);

    private final Map<String, List<FieldProblem>> byField;
    private final List<FieldProblem> others;
    private final String detail;

    private FormErrors(Map<String, List<FieldProblem>> byField, List<FieldProblem> others, String detail) {
        this.byField = byField;
        this.others = others;
        this.detail = detail;
    }

    public static FormErrors none() {
        return NONE;
    }

    /** @param fields pointer of the API → name of the form field */
    public static FormErrors of(List<FieldProblem> problems, String detail, Map<String, String> fields) {
        Map<String, List<FieldProblem>> byField = new LinkedHashMap<>();
        List<FieldProblem> others = new ArrayList<>();
        for (FieldProblem p : problems) {
            String field = fields.get(p.pointer());
            if (field == null) {
                others.add(p);
            } else {
                byField.computeIfAbsent(field, f -> new ArrayList<>()).add(p);
            }
        }
        return new FormErrors(byField, others, detail);
    }

    /** A refusal's problems placed on the form; its detail shows only when no error names a field. */
    public static FormErrors of(ApiProblem refusal, Map<String, String> fields) {
        return of(refusal.errors(), refusal.errors().isEmpty() ? refusal.detail() : null, fields);
    }

    public boolean any() {
        return !byField.isEmpty() || !others.isEmpty() || detail != null;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<FieldProblem> at(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public List<FieldProblem> others() {
        return others;
    }

    /** The problem's own sentence when it has no field errors to show (e.g. a 409). */
    public String detail() {
        return detail;
    }
}
