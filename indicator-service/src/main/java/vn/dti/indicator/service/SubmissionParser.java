package vn.dti.indicator.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import vn.dti.indicator.limits.Limits;
import vn.dti.plumbing.problem.FieldError;
import vn.dti.plumbing.problem.Text;
import vn.dti.plumbing.problem.RequestFields;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.problem.Validation;

/** Turns a JSON or CSV body into {@link SubmissionRequest}s with their problems, or a 422 when the body as a whole is unreadable. */
public final class SubmissionParser {

    public static final int MAX_VALUES = Limits.VALUES_PER_SUBMISSION;
    public static final int MAX_NOTE = Limits.NOTE;
    static final List<String> CSV_HEADER = List.of("unit_code", "framework_code", "period", "indicator_code", "value", "note");
    private static final Set<String> FIELDS = RequestFields.of(SubmissionInput.class);
    private static final Set<String> VALUE_FIELDS = RequestFields.of(SubmissionInput.ValueInput.class);
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES).build();

    private SubmissionParser() {
    }

    /**
     * One (unit, framework, period) group of a request as read: the values that could be read, the
     * problems found so far (more are added by the checks against the framework), and how many
     * values the group sent (what a refused group ignores).
     */
    public record Group(SubmissionRequest request, List<FieldError> problems, int sent) {
    }

    /** A parsed request: its groups, and the problems of CSV rows that belong to no group (a key cell is missing). */
    public record Parsed(List<Group> groups, List<FieldError> orphans, int orphanRows) {
    }

    /**
     * Reads a JSON submission. Only a body that is not an object is refused at once; every other
     * problem is collected on the group, so that the checks against the framework still run and the
     * answer lists every problem of the request.
     */
    public static Parsed json(JsonNode body) {
        Validation v = new Validation();
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("", "INVALID_TYPE", "the submission must be a JSON object");
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                v.add("/" + f, "UNKNOWN_FIELD", "is not a field of a submission (unitCode, frameworkCode, period, values)");
            }
        }
        String unit = text(body.get("unitCode"), "/unitCode", v);
        String framework = text(body.get("frameworkCode"), "/frameworkCode", v);
        String period = text(body.get("period"), "/period", v);
        List<SubmissionRequest.ValueInput> values = new ArrayList<>();
        JsonNode vs = body.get("values");
        if (vs == null || vs.isNull()) {
            v.add("/values", "REQUIRED", "is required: a non-empty array of {indicatorCode, value, note?}");
        } else if (!vs.isArray() || vs.isEmpty()) {
            v.add("/values", "INVALID_TYPE", "must be a non-empty array of {indicatorCode, value, note?}");
        } else if (vs.size() > MAX_VALUES) {
            v.add("/values", "TOO_MANY", "at most " + MAX_VALUES + " values per submission");
        } else {
            for (int i = 0; i < vs.size(); i++) {
                String at = "/values/" + i;
                JsonNode item = vs.get(i);
                if (!item.isObject()) {
                    v.add(at, "INVALID_TYPE", "must be an object {indicatorCode, value, note?}");
                    continue;
                }
                for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!VALUE_FIELDS.contains(f)) {
                        v.add(at + "/" + f, "UNKNOWN_FIELD", "is not a field of a value (indicatorCode, value, note)");
                    }
                }
                String code = text(item.get("indicatorCode"), at + "/indicatorCode", v);
                Double value = number(item.get("value"), at + "/value", v);
                String note = note(item.get("note"), at + "/note", v);
                if (code != null && value != null) {
                    values.add(new SubmissionRequest.ValueInput(code, value, note, at + "/indicatorCode", at + "/value",
                            item.get("value").isBoolean()));
                }
            }
        }
        int sent = vs != null && vs.isArray() ? vs.size() : 0;
        SubmissionRequest request = new SubmissionRequest(unit, framework, period, values, "/unitCode", "/frameworkCode", "/period");
        return new Parsed(List.of(new Group(request, new ArrayList<>(v.errors()), sent)), List.of(), 0);
    }

    /**
     * Reads {@code unit_code,framework_code,period,indicator_code,value,note}; rows are grouped into
     * one submission per (unit, framework, period). Pointers are {@code /rows/<n>/<column>}, n
     * counting data rows from 0 (file line n + 2). Two dialects, told apart by the header line: with
     * a {@code ;} in it, {@code ;} separates the cells and {@code ,} is the decimal mark (a
     * spreadsheet export with Vietnamese settings); otherwise {@code ,} and {@code .}. The file as a
     * whole (quoting, header, no rows, too many rows) is refused at once; a bad row is a problem of
     * its group, or of its own when its unit, framework or period cell is unusable.
     */
    public static Parsed csv(String body) {
        Dialect dialect = Dialect.of(body);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(dialect.separator)).readValues(body)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("/rows", "MALFORMED_CSV", "the CSV cannot be read (check quoting): "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        rows.removeIf(r -> r.stream().allMatch(c -> c == null || c.isBlank()));
        if (rows.isEmpty()) {
            throw ProblemException.invalid("/header", "REQUIRED", "the CSV needs the header " + String.join(",", CSV_HEADER));
        }
        List<String> header = rows.remove(0).stream().map(h -> h == null ? "" : h.strip().toLowerCase()).toList();
        if (!(header.equals(CSV_HEADER) || header.equals(CSV_HEADER.subList(0, 5)))) {
            throw ProblemException.invalid("/header", "INVALID_HEADER", "the header must be exactly "
                    + String.join(String.valueOf(dialect.separator), CSV_HEADER) + " (note optional); got "
                    + String.join(String.valueOf(dialect.separator), header));
        }
        if (rows.isEmpty()) {
            throw ProblemException.invalid("/rows", "REQUIRED", "the CSV has a header but no rows");
        }
        if (rows.size() > MAX_VALUES) {
            throw ProblemException.invalid("/rows", "TOO_MANY", "at most " + MAX_VALUES + " rows per file");
        }
        Map<String, List<SubmissionRequest.ValueInput>> groups = new LinkedHashMap<>();
        Map<String, List<FieldError>> problems = new LinkedHashMap<>();
        Map<String, int[]> sent = new LinkedHashMap<>();
        Map<String, String[]> keys = new LinkedHashMap<>();
        List<FieldError> orphans = new ArrayList<>();
        int orphanRows = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            String at = "/rows/" + i;
            Validation v = new Validation();
            if (r.size() < 5 || r.size() > header.size()) {
                v.add(at, "INVALID_ROW", "line " + (i + 2) + " has " + r.size() + " columns; expected " + header.size());
                orphans.addAll(v.errors());
                orphanRows++;
                continue;
            }
            String unit = cell(r, 0, at + "/unit_code", v);
            String framework = cell(r, 1, at + "/framework_code", v);
            String period = cell(r, 2, at + "/period", v);
            String code = cell(r, 3, at + "/indicator_code", v);
            Double value = null;
            String raw = cell(r, 4, at + "/value", v);
            if (raw != null) {
                value = dialect.number(raw);
                if (value == null) {
                    v.add(at + "/value", "NOT_A_NUMBER", "line " + (i + 2) + ": '" + raw + "' is not a finite number ("
                            + dialect.hint + ")");
                }
            }
            String note = r.size() > 5 && r.get(5) != null && !r.get(5).isBlank() ? r.get(5) : null;
            if (note != null && note.length() > MAX_NOTE) {
                v.add(at + "/note", "TOO_LONG", "at most " + MAX_NOTE + " characters");
            } else if (note != null && !Text.check(note, true, at + "/note", v)) {
                note = null;
            }
            if (unit == null || framework == null || period == null) {
                orphans.addAll(v.errors());
                orphanRows++;
                continue;
            }
            String key = unit + "\u0000" + framework + "\u0000" + period;
            keys.putIfAbsent(key, new String[] {unit, framework, period, at});
            List<SubmissionRequest.ValueInput> values = groups.computeIfAbsent(key, k -> new ArrayList<>());
            problems.computeIfAbsent(key, k -> new ArrayList<>()).addAll(v.errors());
            sent.computeIfAbsent(key, k -> new int[1])[0]++;
            if (code != null && value != null) {
                values.add(new SubmissionRequest.ValueInput(code, value, note, at + "/indicator_code", at + "/value",
                        isBoolean(raw)));
            }
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((key, values) -> {
            String[] k = keys.get(key);
            out.add(new Group(new SubmissionRequest(k[0], k[1], k[2], values, k[3] + "/unit_code", k[3] + "/framework_code",
                    k[3] + "/period"), problems.get(key), sent.get(key)[0]));
        });
        return new Parsed(out, orphans, orphanRows);
    }

    /** The two CSV dialects: {@code ,} with decimal {@code .}, or {@code ;} with decimal {@code ,}. */
    enum Dialect {
        COMMA(',', "use a dot for decimals"),
        SEMICOLON(';', "in a ';'-separated file the decimal mark is a comma, e.g. 12,5, with no thousands separator");

        final char separator;
        final String hint;

        Dialect(char separator, String hint) {
            this.separator = separator;
            this.hint = hint;
        }

        /** The dialect of the first non-blank line (the header): {@code ;} if it has one. */
        static Dialect of(String body) {
            String first = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            return first.indexOf(';') >= 0 ? SEMICOLON : COMMA;
        }

        Double number(String raw) {
            if (this == SEMICOLON) {
                String s = raw.strip();
                // a dot could be a thousands separator (1.234 = 1234 in a Vietnamese export): refuse, never guess
                if (s.indexOf('.') >= 0) {
                    return null;
                }
                return parseNumber(s.replace(',', '.'));
            }
            return parseNumber(raw);
        }
    }

    private static boolean isBoolean(String raw) {
        return raw.strip().equalsIgnoreCase("true") || raw.strip().equalsIgnoreCase("false");
    }

    private static Double parseNumber(String raw) {
        String s = raw.strip();
        if (s.equalsIgnoreCase("true")) {
            return 1.0;
        }
        if (s.equalsIgnoreCase("false")) {
            return 0.0;
        }
        if (!s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
            return null;
        }
        double d = Double.parseDouble(s);
        return Double.isFinite(d) ? d : null;
    }

    private static String cell(List<String> row, int i, String at, Validation v) {
        String c = row.get(i);
        if (c == null || c.isBlank()) {
            v.add(at, "REQUIRED", "is required");
            return null;
        }
        if (c.strip().length() > Limits.CODE_IN_REQUEST) {
            v.add(at, "TOO_LONG", "at most " + Limits.CODE_IN_REQUEST + " characters");
            return null;
        }
        if (!Text.check(c, false, at, v)) {
            return null;
        }
        return c.strip();
    }

    private static String text(JsonNode n, String at, Validation v) {
        if (n == null || n.isNull()) {
            v.add(at, "REQUIRED", "is required");
            return null;
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            v.add(at, "INVALID_TYPE", "must be a non-empty string");
            return null;
        }
        if (n.asText().length() > Limits.CODE_IN_REQUEST) {
            v.add(at, "TOO_LONG", "at most " + Limits.CODE_IN_REQUEST + " characters");
            return null;
        }
        if (!Text.check(n.asText(), false, at, v)) {
            return null;
        }
        return n.asText().strip();
    }

    private static Double number(JsonNode n, String at, Validation v) {
        if (n == null || n.isNull()) {
            v.add(at, "REQUIRED", "is required");
            return null;
        }
        if (n.isBoolean()) {
            return n.asBoolean() ? 1.0 : 0.0;
        }
        if (!n.isNumber()) {
            v.add(at, "NOT_A_NUMBER", "must be a JSON number (or true/false for yes/no indicators)");
            return null;
        }
        double d = n.asDouble();
        if (!Double.isFinite(d)) {
            v.add(at, "NOT_FINITE", "must be a finite number");
            return null;
        }
        return d;
    }

    private static String note(JsonNode n, String at, Validation v) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            v.add(at, "INVALID_TYPE", "must be a string");
            return null;
        }
        if (n.asText().length() > MAX_NOTE) {
            v.add(at, "TOO_LONG", "at most " + MAX_NOTE + " characters");
            return null;
        }
        if (!Text.check(n.asText(), true, at, v)) {
            return null;
        }
        return n.asText();
    }
}
