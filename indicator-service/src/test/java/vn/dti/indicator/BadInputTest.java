package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.dti.indicator.limits.Limits;

/**
 * Issue #9, "done when": a generated bad-input test. Every request below is malformed in exactly one
 * known way (a field x a bad value, a header, a parameter, an encoding, a size); for every one the
 * answer is below 500, a problem+json body, and nothing new in the database (submissions, values,
 * units, frameworks, periods, idempotency keys, outbox).
 */
@QuarkusTest
class BadInputTest {

    record Case(String name, String role, String method, String path, Map<String, String> headers, byte[] body) {
    }

    static final String S = "/api/v1/submissions";
    static final String CSV_HEADER = "unit_code,framework_code,period,indicator_code,value,note\n";
    static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    static final Map<String, String> CSV = Map.of("Content-Type", "text/csv");

    /** Bad texts for any text field: controls, lone surrogates, over-long, wrong JSON types. */
    static final List<String> BAD_TEXTS = badTexts();

    /** Bytes that are not UTF-8. */
    static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xFE, (byte) 0xFF});

    @Inject
    Db db;

    static List<String> badTexts() {
        List<String> t = new ArrayList<>();
        for (int c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                t.add("\"a" + String.format("\\u%04x", c) + "b\"");
            }
        }
        t.add("\"a\\u007fb\"");
        t.add("\"x\\ud800y\"");
        t.add("\"x\\udfffy\"");
        t.add("\"\\ud800\"");
        t.add("\"\"");
        t.add("\"   \"");
        t.add("\"" + "L".repeat(301) + "\"");
        t.add("42");
        t.add("true");
        t.add("[\"a\"]");
        t.add("{\"a\": 1}");
        return t;
    }

    static String value(String unit, String indicator, String value, String note) {
        return "{\"unitCode\": " + unit + ", \"frameworkCode\": \"DTI-PROVINCE\", \"period\": \"2017\", \"values\": [{\"indicatorCode\": "
                + indicator + ", \"value\": " + value + (note == null ? "" : ", \"note\": " + note) + "}]}";
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // submissions, JSON: every field x every bad text
        for (String bad : BAD_TEXTS) {
            cases.add(json("unitCode=" + bad, S, value(bad, "\"OPS_TIMELY_RATE\"", "50", null)));
            cases.add(json("indicatorCode=" + bad, S, value("\"10\"", bad, "50", null)));
            cases.add(json("period=" + bad, S, "{\"unitCode\": \"10\", \"frameworkCode\": \"DTI-PROVINCE\", \"period\": " + bad
                    + ", \"values\": [{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 50}]}"));
            cases.add(json("frameworkCode=" + bad, S, "{\"unitCode\": \"10\", \"frameworkCode\": " + bad
                    + ", \"period\": \"2017\", \"values\": [{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 50}]}"));
            if (!bad.equals("\"\"") && !bad.equals("\"   \"") && !bad.startsWith("\"L")) {
                cases.add(json("note=" + bad, S, value("\"10\"", "\"OPS_TIMELY_RATE\"", "50", bad)));
            }
        }
        // unit types, unit updates, a unit's type, a framework's unitType and unitGroup: every bad text (issue 12)
        for (String bad : BAD_TEXTS) {
            cases.add(put("unit type name=" + bad, "/api/v1/unit-types/BAD_TEXT", "{\"name\": " + bad + "}"));
            cases.add(put("unit type nameVi=" + bad, "/api/v1/unit-types/BAD_TEXT", "{\"name\": \"x\", \"nameVi\": " + bad + "}"));
            cases.add(put("unit update name=" + bad, "/api/v1/units/01", "{\"name\": " + bad + "}"));
            cases.add(put("unit update group=" + bad, "/api/v1/units/01", "{\"name\": \"Hà Nội\", \"group\": " + bad + "}"));
            cases.add(json("unit type=" + bad, "/api/v1/units", "{\"code\": \"BADT\", \"name\": \"x\", \"type\": " + bad + "}"));
            cases.add(put("framework unitType=" + bad, "/api/v1/frameworks/BAD-TYPE",
                    "{\"name\": \"x\", \"unitType\": " + bad + ", \"periodType\": \"ANNUAL\"}"));
            cases.add(put("framework unitGroup=" + bad, "/api/v1/frameworks/BAD-TYPE",
                    "{\"name\": \"x\", \"unitType\": \"PROVINCE\", \"unitGroup\": " + bad + ", \"periodType\": \"ANNUAL\"}"));
        }
        for (String body : List.of("", "null", "[]", "42", "{", "{}", "{\"name\": \"x\", \"validTo\": 5}",
                "{\"name\": \"x\", \"validTo\": \"2008-07-31\", \"validFrom\": \"2008-08-01\"}",
                "{\"name\": \"x\", \"validFrom\": \"1899-12-31\"}", "{\"name\": \"x\", \"validFrom\": \"2030-01-01\"}",
                "{\"name\": \"x\", \"type\": \"MINISTRY\"}", "{\"name\": \"x\", \"code\": \"02\"}",
                "{\"name\": \"x\", \"predecessors\": [\"02\"]}", "{\"name\": \"x\", \"predecessors\": \"01\"}",
                "{\"name\": \"x\", \"centrallyRun\": 1}", "{\"name\": \"x\", \"extra\": 1}",
                "{\"name\": \"x\", \"validFrom\": \"2008-08-01\", \"validTo\": \"2025-07-01\"}",
                "{\"name\": \"x\", \"validFrom\": \"2008-08-01\", \"validTo\": null}")) {
            cases.add(put("unit update body " + abbreviate(body), "/api/v1/units/01", body));
        }
        for (String code : List.of("a", "A", "1A", "A-B", "_A", "AB%20", "A".repeat(17), "%C3%A9A")) {
            cases.add(put("unit type code " + code, "/api/v1/unit-types/" + code, "{\"name\": \"x\"}"));
        }
        // submissions, JSON: bad values
        for (String v : List.of("\"50\"", "null", "{}", "[]", "true", "false", "-1", "100.0001", "1e400", "-1e400", "1e308",
                "NaN", "Infinity", "0x10", "01", ".5", "1.", "+5", "\"\"")) {
            cases.add(json("value=" + v, S, value("\"10\"", "\"OPS_TIMELY_RATE\"", v, null)));
        }
        for (String v : List.of("1.5", "-1", "true", "1e400")) {
            cases.add(json("count value=" + v, S, value("\"10\"", "\"OPEN_DATA_SETS\"", v, null)));
        }
        for (String v : List.of("2", "0.5", "-1")) {
            cases.add(json("boolean value=" + v, S, value("\"10\"", "\"DX_PLAN_APPROVED\"", v, null)));
        }
        cases.add(json("note too long", S, value("\"10\"", "\"OPS_TIMELY_RATE\"", "50", "\"" + "n".repeat(Limits.NOTE + 1) + "\"")));
        // submissions, JSON: structure
        for (String body : List.of("", " ", "null", "[]", "\"x\"", "42", "{", "{\"unitCode\": \"10\"", "{}", "{\"x\": 1}",
                "{\"unitCode\": \"10\", \"frameworkCode\": \"DTI-PROVINCE\", \"period\": \"2017\"}",
                "{\"unitCode\": \"10\", \"frameworkCode\": \"DTI-PROVINCE\", \"period\": \"2017\", \"values\": []}",
                "{\"unitCode\": \"10\", \"frameworkCode\": \"DTI-PROVINCE\", \"period\": \"2017\", \"values\": {}}",
                "{\"unitCode\": \"10\", \"frameworkCode\": \"DTI-PROVINCE\", \"period\": \"2017\", \"values\": [1, \"a\", null]}",
                value("\"10\"", "\"OPS_TIMELY_RATE\"", "50", null) + " trailing",
                value("\"10\"", "\"OPS_TIMELY_RATE\"", "50", null) + "{}",
                value("\"10\"", "\"OPS_TIMELY_RATE\"", "50", null).replace("\"values\"", "\"extra\": 1, \"values\""),
                value("\"10\"", "\"OPS_TIMELY_RATE\"", "50", null).replace("\"value\": 50", "\"value\": 50, \"extra\": 1"),
                value("\"ZZ\"", "\"OPS_TIMELY_RATE\"", "50", null),
                value("\"10\"", "\"NO_SUCH_INDICATOR\"", "50", null),
                value("\"10\"", "\"OPS_TIMELY_RATE\"", "50", null).replace("2017", "2017-Q1"),
                value("\"10\"", "\"OPS_TIMELY_RATE\"", "50", null).replace("2017", "1899"),
                value("\"10\"", "\"OPS_TIMELY_RATE\"", "50", null).replace("2017", "10000"),
                value("\"10\"", "\"OPS_TIMELY_RATE\"", "50", null).replace("DTI-PROVINCE", "NO-SUCH"),
                "{\"unitCode\": \"10\", \"frameworkCode\": \"DTI-PROVINCE\", \"period\": \"2017\", \"values\": [{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 1}, {\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 2}]}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000))) {
            cases.add(json("body " + abbreviate(body), S, body));
        }
        StringBuilder many = new StringBuilder("{\"unitCode\": \"10\", \"frameworkCode\": \"DTI-PROVINCE\", \"period\": \"2017\", \"values\": [");
        for (int i = 0; i <= Limits.VALUES_PER_SUBMISSION; i++) {
            many.append(i == 0 ? "" : ",").append("{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 1}");
        }
        cases.add(json("too many values", S, many + "]}"));
        // submissions, encodings: invalid UTF-8 in a JSON string and in a CSV cell
        for (byte[] bad : BAD_UTF8) {
            cases.add(new Case("json invalid utf-8 " + hex(bad), "admin", "POST", S, JSON,
                    concat("{\"unitCode\": \"10\", \"frameworkCode\": \"DTI-PROVINCE\", \"period\": \"2017\", \"values\": [{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 50, \"note\": \"", bad, "\"}]}")));
            cases.add(new Case("csv invalid utf-8 " + hex(bad), "admin", "POST", S, CSV,
                    concat(CSV_HEADER + "10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,50,", bad, "\n")));
            cases.add(new Case("unit invalid utf-8 " + hex(bad), "admin", "POST", "/api/v1/units", JSON,
                    concat("{\"code\": \"BADU\", \"name\": \"", bad, "\", \"type\": \"MINISTRY\"}")));
            cases.add(new Case("unit update invalid utf-8 " + hex(bad), "admin", "PUT", "/api/v1/units/01", JSON,
                    concat("{\"name\": \"", bad, "\"}")));
            cases.add(new Case("unit type invalid utf-8 " + hex(bad), "admin", "PUT", "/api/v1/unit-types/BAD_UTF8", JSON,
                    concat("{\"name\": \"", bad, "\"}")));
            cases.add(new Case("framework invalid utf-8 " + hex(bad), "admin", "PUT", "/api/v1/frameworks/BAD-UTF8", JSON,
                    concat("{\"name\": \"", bad, "\", \"unitType\": \"PROVINCE\", \"periodType\": \"ANNUAL\"}")));
        }
        // submissions, CSV
        // (a lone surrogate cannot be written as UTF-8 bytes: the invalid-UTF-8 cases above send its encoding ED A0 80)
        for (String cell : List.of("a\u0000b", "a\u0001b", "a\u001bb", "a\u007fb", "a\u0085b")) {
            cases.add(csv("csv unit cell " + abbreviate(cell), CSV_HEADER + "1" + cell + ",DTI-PROVINCE,2017,OPS_TIMELY_RATE,50,\n"));
            cases.add(csv("csv note cell " + abbreviate(cell), CSV_HEADER + "10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,50," + cell + "\n"));
            cases.add(csv("csv indicator cell " + abbreviate(cell), CSV_HEADER + "10,DTI-PROVINCE,2017,OPS" + cell + ",50,\n"));
            cases.add(csv("csv period cell " + abbreviate(cell), CSV_HEADER + "10,DTI-PROVINCE,20" + cell + ",OPS_TIMELY_RATE,50,\n"));
        }
        for (String body : List.of("", "\n", "unit_code\n", "a,b,c,d,e,f\n10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,50,\n", CSV_HEADER,
                CSV_HEADER + "10,DTI-PROVINCE,2017\n", CSV_HEADER + "10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,50,x,extra\n",
                CSV_HEADER + "10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,\"50,\n", CSV_HEADER + "10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,abc,\n",
                CSV_HEADER + "10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,NaN,\n", CSV_HEADER + "10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,Infinity,\n",
                CSV_HEADER + "10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,1e400,\n", CSV_HEADER + "10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,true,\n",
                CSV_HEADER + "10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,101,\n", CSV_HEADER + "10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,0x10,\n",
                CSV_HEADER + "ZZ,DTI-PROVINCE,2017,OPS_TIMELY_RATE,50,\n", CSV_HEADER + "10,DTI-PROVINCE,2017-H1,OPS_TIMELY_RATE,50,\n",
                CSV_HEADER + "10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,50,\n10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,60,\n",
                CSV_HEADER + "10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,50,\n11,DTI-PROVINCE,2017,OPS_TIMELY_RATE,500,\n",
                CSV_HEADER + "10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,50," + "n".repeat(Limits.NOTE + 1) + "\n",
                CSV_HEADER + "1".repeat(65) + ",DTI-PROVINCE,2017,OPS_TIMELY_RATE,50,\n",
                "\uFEFF" + "unit;framework\n10;x\n")) {
            cases.add(csv("csv " + abbreviate(body), body));
        }
        // headers
        String good = value("\"10\"", "\"OPS_TIMELY_RATE\"", "50", null);
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/json; charset=utf-16", "application/json; charset=ISO-8859-1", "application/json; charset=nope",
                "text/csv; charset=nope", "text/csv; charset=", "image/png", "application/octet-stream", "*/*", "application/*", "garbage",
                "text/csv; charset=\"utf-32\"")) {
            cases.add(new Case("content-type " + type, "admin", "POST", S, Map.of("Content-Type", type), good.getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(new Case("no content-type json", "admin", "POST", S, Map.of(), good.getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("no content-type csv", "admin", "POST", S, Map.of(),
                (CSV_HEADER + "10,DTI-PROVINCE,2017,OPS_TIMELY_RATE,50,\n").getBytes(StandardCharsets.UTF_8)));
        for (String key : List.of("", " ", "   ", "k".repeat(Limits.IDEMPOTENCY_KEY + 1))) {
            cases.add(new Case("idempotency-key '" + abbreviate(key) + "'", "admin", "POST", S,
                    Map.of("Content-Type", "application/json", "Idempotency-Key", key), good.getBytes(StandardCharsets.UTF_8)));
        }
        for (String q : List.of("?dryRun=yes", "?dryRun=1", "?dryRun=TRUEE", "?dryRun=true&dryRun=false", "?dryRun=%00")) {
            cases.add(new Case("dryRun " + q, "admin", "POST", S + q, JSON, good.getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(new Case("another unit's submitter", "submitter:01", "POST", S, JSON, good.getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("no token", null, "POST", S, JSON, good.getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("committee may not submit", "committee", "POST", S, JSON, good.getBytes(StandardCharsets.UTF_8)));
        cases.add(new Case("bad token", "garbage", "POST", S, JSON, good.getBytes(StandardCharsets.UTF_8)));
        // sizes
        byte[] big = new byte[1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        cases.add(new Case("body over 1 MiB", "admin", "POST", S, JSON, big));
        cases.add(new Case("csv over 1 MiB", "admin", "POST", S, CSV, big));
        // parameters
        List<String> badParams = new ArrayList<>();
        for (int c = 0; c < 0x20; c++) {
            badParams.add(String.format("%%%02X", c));
        }
        badParams.add("%7F");
        badParams.add("a%00b");
        for (String p : badParams) {
            cases.add(get("unit path " + p, "/api/v1/units/" + p));
            cases.add(get("unit type path " + p, "/api/v1/unit-types/" + p));
            cases.add(new Case("unit update path " + p, "admin", "PUT", "/api/v1/units/" + p, JSON,
                    "{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8)));
            cases.add(new Case("unit type put path " + p, "admin", "PUT", "/api/v1/unit-types/" + p, JSON,
                    "{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8)));
            cases.add(get("completeness " + p, "/api/v1/completeness/" + p + "/2024"));
            cases.add(get("submissions period " + p, S + "?period=" + p));
        }
        for (String p : List.of("%00", "%01", "%1F")) {
            cases.add(get("values fw " + p, "/api/v1/values/" + p + "/2024"));
            cases.add(get("values period " + p, "/api/v1/values/DTI-PROVINCE/" + p));
            cases.add(get("values unit " + p, "/api/v1/values/DTI-PROVINCE/2024?unitCode=" + p));
            cases.add(get("completeness period " + p, "/api/v1/completeness/DTI-PROVINCE/" + p));
            cases.add(get("submission id " + p, S + "/" + p));
            cases.add(get("submissions unitCode " + p, S + "?unitCode=" + p));
            cases.add(get("submissions frameworkCode " + p, S + "?frameworkCode=" + p));
            cases.add(get("framework " + p, "/api/v1/frameworks/" + p));
            cases.add(get("framework periods " + p, "/api/v1/frameworks/" + p + "/periods"));
            cases.add(get("framework period " + p, "/api/v1/frameworks/DTI-PROVINCE/periods/" + p));
            cases.add(get("units type " + p, "/api/v1/units?type=" + p));
            cases.add(get("units asOf " + p, "/api/v1/units?asOf=" + p));
            cases.add(new Case("publish " + p, "admin", "POST", "/api/v1/frameworks/" + p + "/publish", Map.of(), null));
            cases.add(new Case("put framework " + p, "admin", "PUT", "/api/v1/frameworks/" + p, JSON, "{}".getBytes(StandardCharsets.UTF_8)));
            cases.add(new Case("put period " + p, "admin", "PUT", "/api/v1/frameworks/DTI-PROVINCE/periods/" + p, JSON,
                    "{\"dueAt\": \"2030-01-01T00:00:00Z\", \"closesAt\": \"2030-02-01T00:00:00Z\"}".getBytes(StandardCharsets.UTF_8)));
        }
        for (String q : List.of("?page=-1", "?size=0", "?size=201", "?page=99999999999", "?size=99999999999", "?page=x", "?size=1.5",
                "?page=%00", "?size=-2147483648", "?page=-2147483648")) {
            cases.add(get("submissions paging " + q, S + q));
        }
        for (String q : List.of("?asOf=-999999999-01-01", "?asOf=+999999999-12-31", "?asOf=1899-12-31", "?asOf=10000-01-01", "?asOf=2024-13-01",
                "?asOf=2024-02-30", "?asOf=yesterday", "?type=CITY", "?type=province")) {
            cases.add(get("units " + q, "/api/v1/units" + q));
        }
        for (String path : List.of("/api/v1/units/ZZZZ", "/api/v1/units/01?asOf=1800-01-01", S + "/not-a-uuid", S + "/00000000-0000-0000-0000-000000000000",
                "/api/v1/values/NO-SUCH/2024", "/api/v1/values/DTI-PROVINCE/2024-Q1", "/api/v1/completeness/DTI-PROVINCE/99999",
                "/api/v1/frameworks/NO-SUCH", "/api/v1/frameworks/DTI-PROVINCE/periods/1999-H3", "/api/v1/nothing-here")) {
            cases.add(get("not found " + path, path));
        }
        // units
        for (String bad : BAD_TEXTS) {
            for (String field : List.of("code", "name", "nameEn", "type", "group", "region")) {
                Map<String, String> unit = new LinkedHashMap<>(Map.of("code", "\"BADIN\"", "name", "\"Bad input\"", "type", "\"MINISTRY\""));
                unit.put(field, bad);
                cases.add(new Case("unit " + field + "=" + abbreviate(bad), "admin", "POST", "/api/v1/units", JSON, object(unit)));
            }
        }
        for (String extra : List.of("\"validFrom\": \"+999999999-01-01\"", "\"validFrom\": \"-999999999-01-01\"", "\"validTo\": \"+999999999-12-31\"",
                "\"validFrom\": \"1899-12-31\"", "\"validFrom\": \"2025-02-30\"", "\"validFrom\": 20250101", "\"validTo\": \"1999-01-01\"",
                "\"predecessors\": [\"01\"]", "\"predecessors\": \"01\"", "\"predecessors\": [1]", "\"predecessors\": [\"0\\u00001\"]",
                "\"predecessors\": [\"ZZ\", \"ZZ\"]", "\"centrallyRun\": \"yes\"", "\"unknown\": 1", "\"group\": \"" + "g".repeat(150) + "\"",
                "\"region\": \"" + "r".repeat(150) + "\"")) {
            cases.add(new Case("unit " + abbreviate(extra), "admin", "POST", "/api/v1/units", JSON,
                    ("{\"code\": \"BADIN\", \"name\": \"Bad input\", \"type\": \"MINISTRY\", \"validFrom\": \"2025-07-01\", " + extra + "}")
                            .replace("\"validFrom\": \"2025-07-01\", \"validFrom\"", "\"validFrom\"").getBytes(StandardCharsets.UTF_8)));
        }
        // frameworks
        for (String bad : BAD_TEXTS) {
            cases.add(framework("framework name=" + abbreviate(bad), "\"name\": " + bad, ""));
            if (!bad.equals("\"\"") && !bad.equals("\"   \"")) {
                cases.add(framework("node name=" + abbreviate(bad), "\"name\": \"ok\"", "\"name\": " + bad + ","));
            }
            if (!bad.equals("\"\"") && !bad.equals("\"   \"") && !bad.startsWith("\"L")) {
                cases.add(framework("node description=" + abbreviate(bad), "\"name\": \"ok\"", "\"description\": " + bad + ","));
            }
        }
        for (String weights : List.of("1e308,1e308", "0,1", "-1,1", "1000001,1", "\"1\",1", "null,1e309")) {
            String[] w = weights.split(",");
            cases.add(new Case("weights " + weights, "admin", "PUT", "/api/v1/frameworks/BAD-INPUT", JSON, ("""
                    {"name": "x", "unitType": "PROVINCE", "periodType": "ANNUAL", "root": {"code": "ROOT", "children": [
                      {"code": "A", "weight": %s, "indicator": {"unit": "PERCENT", "normalization": {"method": "NONE"}}},
                      {"code": "B", "weight": %s, "indicator": {"unit": "PERCENT", "normalization": {"method": "NONE"}}}]}}""")
                    .formatted(w[0], w[1]).getBytes(StandardCharsets.UTF_8)));
        }
        cases.add(framework("description of 900,000 characters", "\"name\": \"ok\"", "\"description\": \"" + "d".repeat(900_000) + "\","));
        cases.add(framework("framework name of 301", "\"name\": \"" + "n".repeat(Limits.FRAMEWORK_NAME + 1) + "\"", ""));
        // periods
        for (String due : List.of("\"+999999999-12-31T23:59:59Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"10000-01-01T00:00:00Z\"",
                "\"1899-12-31T23:59:59Z\"", "\"2030-01-01\"", "\"2030-01-01T00:00:00\"", "\"\\u0000\"", "20300101", "null", "\"2030-02-30T00:00:00Z\"")) {
            cases.add(new Case("period dueAt=" + due, "admin", "PUT", "/api/v1/frameworks/DTI-PROVINCE/periods/2033", JSON,
                    ("{\"dueAt\": " + due + ", \"closesAt\": \"2033-12-31T00:00:00Z\"}").getBytes(StandardCharsets.UTF_8)));
        }
        return cases;
    }

    @Test
    void everyMalformedRequestIsA4xxProblemAndStoresNothing() {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        List<String> failures = new ArrayList<>();
        String before = db.snapshot();
        for (Case c : cases) {
            Raw.Answer a = Raw.send(c.role(), c.method(), c.path(), c.headers(), c.body());
            if (a.status() >= 500 || a.status() < 400) {
                failures.add(abbreviate(c.name()) + ": status " + a.status() + " " + abbreviate(a.body()));
            } else if (!a.isProblem()) {
                failures.add(abbreviate(c.name()) + ": " + a.status() + " not problem+json: " + a.contentType() + " " + abbreviate(a.body()));
            }
            String after = db.snapshot();
            if (!after.equals(before)) {
                failures.add(abbreviate(c.name()) + ": stored something: " + before + " -> " + after);
                before = after;
            }
        }
        failures.forEach(f -> System.out.println("BAD INPUT FAILURE " + f));
        assertThat(failures).as(failures.size() + " of " + cases.size() + " cases failed").isEmpty();
    }

    static Case json(String name, String path, String body) {
        return new Case(name, "admin", "POST", path, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    static Case put(String name, String path, String body) {
        return new Case(name, "admin", "PUT", path, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    static Case csv(String name, String body) {
        return new Case(name, "admin", "POST", S, CSV, body.getBytes(StandardCharsets.UTF_8));
    }

    static Case get(String name, String path) {
        return new Case(name, "admin", "GET", path, Map.of(), null);
    }

    static Case framework(String name, String top, String rootFields) {
        String body = "{" + top + ", \"unitType\": \"PROVINCE\", \"periodType\": \"ANNUAL\", \"root\": {\"code\": \"ROOT\", " + rootFields
                + " \"children\": [{\"code\": \"A\", \"weight\": 1, \"indicator\": {\"unit\": \"PERCENT\", \"normalization\": {\"method\": \"NONE\"}}}]}}";
        return new Case(name, "admin", "PUT", "/api/v1/frameworks/BAD-INPUT", JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] object(Map<String, String> fields) {
        StringBuilder b = new StringBuilder("{");
        fields.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(v));
        return b.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(String a, byte[] b, String c) {
        return HardeningTest.concat(a, b, c);
    }

    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02X", x));
        }
        return s.toString();
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        String t = s.length() > 60 ? s.substring(0, 60) + "...(" + s.length() + ")" : s;
        StringBuilder out = new StringBuilder();
        t.codePoints().forEach(cp -> out.append(cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xD800 && cp <= 0xDFFF)
                ? String.format("\\u%04X", cp) : new String(Character.toChars(cp))));
        return out.toString();
    }
}
