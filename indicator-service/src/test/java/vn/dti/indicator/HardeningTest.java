package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.dti.indicator.limits.Limits;

/** Issue #9 in the indicator-service: each reproduction ends in a 4xx problem+json (or the documented behaviour), nothing stored. */
@QuarkusTest
class HardeningTest {

    static final String SUBMISSIONS = "/api/v1/submissions";
    static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    static final Map<String, String> CSV = Map.of("Content-Type", "text/csv");
    static final String CSV_HEADER = "unit_code,framework_code,period,indicator_code,value,note\n";

    @Inject
    Db db;

    static String submission(String unit, String period, String values) {
        return "{\"unitCode\": \"" + unit + "\", \"frameworkCode\": \"DTI-PROVINCE\", \"period\": \"" + period + "\", \"values\": [" + values + "]}";
    }

    static String framework(String name, String extraNodeFields, String weights) {
        return """
                {"name": "%s", "unitType": "PROVINCE", "periodType": "ANNUAL",
                 "root": {"code": "ROOT", %s "children": [
                   {"code": "A", "weight": %s, "indicator": {"unit": "PERCENT", "normalization": {"method": "NONE"}}},
                   {"code": "B", "weight": %s, "indicator": {"unit": "PERCENT", "normalization": {"method": "NONE"}}}]}}"""
                .formatted(name, extraNodeFields, weights.split(",")[0], weights.split(",")[1]);
    }

    /** Sends, asserts a problem+json of {@code status} (containing {@code contains}) and that nothing was stored. */
    Raw.Answer refused(int status, String contains, String role, String method, String path, Map<String, String> headers, Object body) {
        String before = db.snapshot();
        Raw.Answer a = body instanceof byte[] bytes ? Raw.send(role, method, path, headers, bytes)
                : Raw.send(role, method, path, headers, (String) body);
        assertThat(a.status()).as(method + " " + path + " -> " + a.body()).isEqualTo(status);
        assertThat(a.isProblem()).as("problem+json: " + a.contentType() + " " + a.body()).isTrue();
        if (contains != null) {
            assertThat(a.body()).contains(contains);
        }
        assertThat(db.snapshot()).as("nothing stored").isEqualTo(before);
        return a;
    }

    // 2
    @Test
    void dryRunWithoutValueOrWithAnEmptyValueIsADryRun() {
        for (String q : List.of("?dryRun", "?dryRun=", "?dryRun=true", "?atomicMode=ALL&dryRun")) {
            String before = db.snapshot();
            Raw.Answer a = Raw.send("admin", "POST", SUBMISSIONS + q, JSON,
                    submission("06", "2022", "{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 50}"));
            assertThat(a.status()).as(q + " " + a.body()).isEqualTo(200);
            assertThat(a.body()).contains("\"dryRun\":true");
            assertThat(db.snapshot()).as(q + " stores nothing").isEqualTo(before);
        }
        refused(400, "dryRun", "admin", "POST", SUBMISSIONS + "?dryRun=yes", JSON,
                submission("06", "2022", "{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 50}"));
        refused(400, "dryRun", "admin", "POST", SUBMISSIONS + "?dryRun=true&dryRun=false", JSON,
                submission("06", "2022", "{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 50}"));
    }

    // 3
    @Test
    void anEmptyOrBlankIdempotencyKeyIs400() {
        String body = submission("06", "2022", "{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 51}");
        refused(400, "Idempotency-Key", "admin", "POST", SUBMISSIONS, Map.of("Content-Type", "application/json", "Idempotency-Key", ""), body);
        refused(400, "Idempotency-Key", "admin", "POST", SUBMISSIONS, Map.of("Content-Type", "application/json", "Idempotency-Key", "   "), body);
        refused(400, "Idempotency-Key", "admin", "POST", SUBMISSIONS, Map.of("Content-Type", "text/csv", "Idempotency-Key", ""),
                CSV_HEADER + "06,DTI-PROVINCE,2022,OPS_TIMELY_RATE,51,\n");
    }

    // 4
    @Test
    void noContentTypeIs415() {
        refused(415, null, "admin", "POST", SUBMISSIONS, Map.of(),
                submission("06", "2022", "{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 52}"));
        refused(415, null, "admin", "POST", SUBMISSIONS, Map.of(), CSV_HEADER + "06,DTI-PROVINCE,2022,OPS_TIMELY_RATE,52,\n");
        refused(415, null, "admin", "PUT", "/api/v1/frameworks/NO-CONTENT-TYPE", Map.of(), framework("No type", "", "1,1"));
        refused(415, null, "admin", "POST", "/api/v1/units", Map.of(), "{\"code\": \"NOCT\", \"name\": \"x\", \"type\": \"MINISTRY\"}");
        refused(415, null, "admin", "PUT", "/api/v1/frameworks/DTI-PROVINCE/periods/2031", Map.of(),
                "{\"dueAt\": \"2031-03-31T00:00:00Z\", \"closesAt\": \"2031-04-30T00:00:00Z\"}");
    }

    // 5
    @Test
    void controlCharactersInTextFieldsAre422WithAPointer() {
        refused(422, "/values/0/note", "admin", "POST", SUBMISSIONS, JSON,
                submission("06", "2022", "{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 53, \"note\": \"a\\u0000b\"}"));
        refused(422, "CONTROL_CHARACTER", "admin", "POST", SUBMISSIONS, JSON,
                submission("06", "2022", "{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 53, \"note\": \"a\\u0001b\"}"));
        refused(422, "/unitCode", "admin", "POST", SUBMISSIONS, JSON,
                submission("0\\u00006", "2022", "{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 53}"));
        refused(422, "/values/0/indicatorCode", "admin", "POST", SUBMISSIONS, JSON,
                submission("06", "2022", "{\"indicatorCode\": \"OPS\\u0000\", \"value\": 53}"));
        refused(422, "/rows/0/note", "admin", "POST", SUBMISSIONS, CSV, CSV_HEADER + "06,DTI-PROVINCE,2022,OPS_TIMELY_RATE,53,a\u0000b\n");
        refused(422, "/rows/0/unit_code", "admin", "POST", SUBMISSIONS, CSV, CSV_HEADER + "0\u00016,DTI-PROVINCE,2022,OPS_TIMELY_RATE,53,\n");
        refused(422, "/name", "admin", "POST", "/api/v1/units", JSON, "{\"code\": \"CTRL\", \"name\": \"Bad\\u0000name\", \"type\": \"MINISTRY\"}");
        refused(422, "/code", "admin", "POST", "/api/v1/units", JSON, "{\"code\": \"C\\u0000\", \"name\": \"x\", \"type\": \"MINISTRY\"}");
        refused(422, "/predecessors/0", "admin", "POST", "/api/v1/units", JSON,
                "{\"code\": \"CTRL\", \"name\": \"x\", \"type\": \"MINISTRY\", \"validFrom\": \"2020-01-01\", \"predecessors\": [\"0\\u00001\"]}");
        refused(422, "/name", "admin", "PUT", "/api/v1/frameworks/CTRL", JSON, framework("Bad\\u0001name", "", "1,1"));
        refused(422, "/root/description", "admin", "PUT", "/api/v1/frameworks/CTRL", JSON, framework("Ok", "\"description\": \"a\\u0000b\",", "1,1"));
        // a multi-line description is fine (tab and line breaks), then removed again
        Raw.Answer ok = Raw.send("admin", "PUT", "/api/v1/frameworks/CTRL-OK", JSON, framework("Ok", "\"description\": \"line 1\\n\\tline 2\",", "1,1"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    }

    @Test
    void controlCharactersInPathAndQueryParametersAre400() {
        refused(400, null, "admin", "GET", "/api/v1/units/%00", Map.of(), (String) null);
        refused(400, null, "admin", "GET", "/api/v1/units/01?asOf=%00", Map.of(), (String) null);
        refused(400, null, "admin", "GET", "/api/v1/completeness/%00/2024", Map.of(), (String) null);
        refused(400, null, "admin", "GET", "/api/v1/completeness/DTI-PROVINCE/%00", Map.of(), (String) null);
        refused(400, null, "admin", "GET", "/api/v1/values/DTI-PROVINCE/2024?unitCode=%00", Map.of(), (String) null);
        refused(400, null, "admin", "GET", SUBMISSIONS + "?period=%00", Map.of(), (String) null);
        refused(400, null, "admin", "GET", SUBMISSIONS + "?unitCode=%01", Map.of(), (String) null);
        refused(400, null, "admin", "GET", SUBMISSIONS + "/%00", Map.of(), (String) null);
        refused(400, null, "admin", "GET", "/api/v1/frameworks/%00", Map.of(), (String) null);
        refused(400, null, "admin", "POST", "/api/v1/frameworks/%00/publish", Map.of(), (String) null);
        refused(400, null, "admin", "GET", "/api/v1/frameworks/DTI-PROVINCE/periods/%00", Map.of(), (String) null);
    }

    @Test
    void aLoneSurrogateIs422() {
        refused(422, "INVALID_CHARACTER", "admin", "POST", SUBMISSIONS, JSON,
                submission("06", "2022", "{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 54, \"note\": \"x\\ud800y\"}"));
        refused(422, "/name", "admin", "POST", "/api/v1/units", JSON, "{\"code\": \"SURR\", \"name\": \"x\\udc00y\", \"type\": \"MINISTRY\"}");
        refused(422, "/name", "admin", "PUT", "/api/v1/frameworks/SURR", JSON, framework("x\\ud800y", "", "1,1"));
        // a proper pair (an emoji) is fine
        Raw.Answer ok = Raw.send("admin", "POST", SUBMISSIONS + "?dryRun=true", JSON,
                submission("06", "2022", "{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 54, \"note\": \"ok \\ud83d\\ude00\"}"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    }

    // 6
    @Test
    void invalidUtf8IsRefusedAndNothingStored() {
        byte[] bad = {(byte) 0xC3, (byte) 0x28};
        refused(400, "UTF-8", "admin", "POST", SUBMISSIONS, JSON, concat(
                "{\"unitCode\": \"06\", \"frameworkCode\": \"DTI-PROVINCE\", \"period\": \"2022\", \"values\": [{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 55, \"note\": \"", bad, "\"}]}"));
        refused(400, "UTF-8", "admin", "POST", SUBMISSIONS, CSV, concat(CSV_HEADER + "06,DTI-PROVINCE,2022,OPS_TIMELY_RATE,55,", bad, "\n"));
        refused(400, null, "admin", "POST", "/api/v1/units", JSON, concat("{\"code\": \"UTF\", \"name\": \"", bad, "\", \"type\": \"MINISTRY\"}"));
        refused(400, null, "admin", "PUT", "/api/v1/frameworks/UTF", JSON, concat("{\"name\": \"", bad, "\"}"));
        // JSON in another charset than UTF-8: 415
        refused(415, null, "admin", "POST", SUBMISSIONS, Map.of("Content-Type", "application/json; charset=ISO-8859-1"),
                submission("06", "2022", "{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": 55}"));
        refused(415, null, "admin", "POST", SUBMISSIONS, Map.of("Content-Type", "text/csv; charset=x-no-such-charset"),
                CSV_HEADER + "06,DTI-PROVINCE,2022,OPS_TIMELY_RATE,55,\n");
    }

    @Test
    void aCsvInAnotherCharsetIsConvertedToUtf8() {
        for (String charset : List.of("ISO-8859-1", "windows-1252", "windows-1258")) {
            String note = charset.equals("windows-1258") ? "Hà Nội đạt" : "café crème";
            // windows-1258 writes Vietnamese with combining tone marks (ộ = ô + U+0323): the server
            // converts to UTF-8 and composes (NFC)
            String written = charset.equals("windows-1258") ? "Hà Nô\u0323i đa\u0323t" : note;
            byte[] csv = (CSV_HEADER + "26,DTI-PROVINCE,2022,OPS_TIMELY_RATE,56," + written + "\n").getBytes(Charset.forName(charset));
            assertThat(new String(csv, Charset.forName(charset))).as("encodable in " + charset).doesNotContain("?");
            Raw.Answer a = Raw.send("admin", "POST", SUBMISSIONS, Map.of("Content-Type", "text/csv; charset=" + charset), csv);
            assertThat(a.status()).as(charset + " " + a.body()).isEqualTo(201);
            assertThat(a.body()).as(charset).contains("\"note\":\"" + note + "\"");
            assertThat(db.count("submission_value", "note = '" + note + "'")).as(charset + " stored as UTF-8").isPositive();
        }
    }

    @Test
    void aCsvStartingWithAByteOrderMarkIsAccepted() {
        byte[] csv = concat("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CSV_HEADER + "27,DTI-PROVINCE,2022,OPS_TIMELY_RATE,57,bom\n");
        Raw.Answer a = Raw.send("admin", "POST", SUBMISSIONS, CSV, csv);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }

    // 7
    @Test
    void textsLongerThanTheirLimitsAre422() {
        String g150 = "g".repeat(150);
        refused(422, "/group", "admin", "POST", "/api/v1/units", JSON, "{\"code\": \"LONG\", \"name\": \"x\", \"type\": \"MINISTRY\", \"group\": \"" + g150 + "\"}");
        refused(422, "/region", "admin", "POST", "/api/v1/units", JSON, "{\"code\": \"LONG\", \"name\": \"x\", \"type\": \"MINISTRY\", \"region\": \"" + g150 + "\"}");
        refused(422, "/name", "admin", "POST", "/api/v1/units", JSON, "{\"code\": \"LONG\", \"name\": \"" + "n".repeat(Limits.UNIT_NAME + 1) + "\", \"type\": \"MINISTRY\"}");
        refused(422, "/name", "admin", "PUT", "/api/v1/frameworks/LONG", JSON, framework("n".repeat(301), "", "1,1"));
        refused(422, "/root/description", "admin", "PUT", "/api/v1/frameworks/LONG", JSON,
                framework("ok", "\"description\": \"" + "d".repeat(900_000) + "\",", "1,1"));
        // at the limit is fine
        Raw.Answer ok = Raw.send("admin", "POST", "/api/v1/units", JSON, "{\"code\": \"LIMIT\", \"name\": \"x\", \"type\": \"MINISTRY\", \"group\": \""
                + "g".repeat(Limits.UNIT_GROUP) + "\", \"region\": \"" + "r".repeat(Limits.UNIT_REGION) + "\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    }

    @Test
    void theLimitsMatchTheColumnsAndTheDocumentation() throws Exception {
        assertThat(columnLength("unit", "code")).isEqualTo(Limits.UNIT_CODE);
        assertThat(columnLength("unit", "name")).isEqualTo(Limits.UNIT_NAME);
        assertThat(columnLength("unit", "name_en")).isEqualTo(Limits.UNIT_NAME);
        assertThat(columnLength("unit", "unit_group")).isEqualTo(Limits.UNIT_GROUP);
        assertThat(columnLength("unit", "region")).isEqualTo(Limits.UNIT_REGION);
        assertThat(columnLength("unit", "predecessor_codes")).isGreaterThanOrEqualTo(Limits.UNIT_PREDECESSORS * (Limits.UNIT_CODE + 1) - 1);
        assertThat(columnLength("framework", "code")).isEqualTo(Limits.FRAMEWORK_CODE);
        assertThat(columnLength("framework", "name")).isEqualTo(Limits.FRAMEWORK_NAME);
        assertThat(columnLength("submission_value", "indicator_code")).isEqualTo(Limits.NODE_CODE);
        assertThat(columnLength("current_value", "indicator_code")).isEqualTo(Limits.NODE_CODE);
        assertThat(columnLength("submission_value", "note")).isEqualTo(Limits.NOTE);
        assertThat(columnLength("current_value", "note")).isEqualTo(Limits.NOTE);
        assertThat(columnLength("idempotency_key", "idem_key")).isEqualTo(Limits.IDEMPOTENCY_KEY);
        String api = Files.readString(Path.of("../docs/api.md"));
        assertThat(api).as("docs/api.md lists Limits.markdownTable()").contains(Limits.markdownTable());
    }

    long columnLength(String table, String column) {
        return db.scalar("select character_maximum_length from information_schema.columns where table_name = '" + table
                + "' and column_name = '" + column + "'");
    }

    // 8
    @Test
    void pagesThatOverflowAreEmptyAndBoundsAre400() {
        for (String q : List.of("?page=2147483647", "?page=1073741824&size=2", "?page=2147483647&size=200")) {
            Raw.Answer a = Raw.send("admin", "GET", SUBMISSIONS + q, Map.of(), (String) null);
            assertThat(a.status()).as(q + " " + a.body()).isEqualTo(200);
            assertThat(a.body()).contains("\"items\":[]");
        }
        for (String q : List.of("?page=-1", "?size=0", "?size=201", "?page=99999999999", "?size=-5", "?page=x")) {
            refused(400, null, "admin", "GET", SUBMISSIONS + q, Map.of(), (String) null);
        }
    }

    // 9
    @Test
    void datesOutOfTheSupportedRangeAre4xx() {
        refused(422, "/dueAt", "admin", "PUT", "/api/v1/frameworks/DTI-PROVINCE/periods/2032", JSON,
                "{\"dueAt\": \"+999999999-12-31T23:59:59Z\", \"closesAt\": \"+999999999-12-31T23:59:59Z\"}");
        refused(422, "/closesAt", "admin", "PUT", "/api/v1/frameworks/DTI-PROVINCE/periods/2032", JSON,
                "{\"dueAt\": \"2032-01-01T00:00:00Z\", \"closesAt\": \"10000-01-01T00:00:00Z\"}");
        refused(422, "/validFrom", "admin", "POST", "/api/v1/units", JSON,
                "{\"code\": \"DATE\", \"name\": \"x\", \"type\": \"MINISTRY\", \"validFrom\": \"+999999999-01-01\"}");
        refused(422, "/validFrom", "admin", "POST", "/api/v1/units", JSON,
                "{\"code\": \"DATE\", \"name\": \"x\", \"type\": \"MINISTRY\", \"validFrom\": \"-999999999-01-01\"}");
        refused(422, "/validTo", "admin", "POST", "/api/v1/units", JSON,
                "{\"code\": \"DATE\", \"name\": \"x\", \"type\": \"MINISTRY\", \"validTo\": \"+999999999-12-31\"}");
        refused(400, "asOf", "admin", "GET", "/api/v1/units?asOf=-999999999-01-01", Map.of(), (String) null);
        refused(400, "asOf", "admin", "GET", "/api/v1/units/01?asOf=+999999999-12-31", Map.of(), (String) null);
    }

    // 10
    @Test
    void aBooleanIsNoPercentage() {
        refused(422, "/values/0/value", "admin", "POST", SUBMISSIONS, JSON,
                submission("30", "2022", "{\"indicatorCode\": \"OPS_TIMELY_RATE\", \"value\": true}"));
        refused(422, "/rows/0/value", "admin", "POST", SUBMISSIONS, CSV, CSV_HEADER + "30,DTI-PROVINCE,2022,OPS_TIMELY_RATE,true,\n");
        Raw.Answer ok = Raw.send("admin", "POST", SUBMISSIONS + "?dryRun=true", JSON,
                submission("30", "2022", "{\"indicatorCode\": \"DX_PLAN_APPROVED\", \"value\": true}"));
        assertThat(ok.status()).as("a yes/no indicator still takes true: " + ok.body()).isEqualTo(200);
    }

    @Test
    void aMinistryCannotSucceedProvinces() {
        refused(422, "PREDECESSOR_TYPE_MISMATCH", "admin", "POST", "/api/v1/units", JSON,
                "{\"code\": \"MINX\", \"name\": \"x\", \"type\": \"MINISTRY\", \"validFrom\": \"2025-07-01\", \"predecessors\": [\"01\", \"79\"]}");
    }

    @Test
    void weightsMustBeFiniteBoundedAndSumFinite() {
        refused(422, "INVALID_WEIGHT", "admin", "PUT", "/api/v1/frameworks/HUGE-WEIGHTS", JSON, framework("Huge", "", "1e308,1e308"));
        refused(422, "/root/children/0/weight", "admin", "PUT", "/api/v1/frameworks/HUGE-WEIGHTS", JSON, framework("Huge", "", "1000001,1"));
        refused(422, "/root/children/1/weight", "admin", "PUT", "/api/v1/frameworks/HUGE-WEIGHTS", JSON, framework("Huge", "", "1,0"));
        Raw.Answer ok = Raw.send("admin", "PUT", "/api/v1/frameworks/BIG-WEIGHTS", JSON, framework("Big", "", "1000000,1000000"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    }

    static byte[] concat(String a, byte[] b, String c) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] z = c.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[x.length + b.length + z.length];
        System.arraycopy(x, 0, out, 0, x.length);
        System.arraycopy(b, 0, out, x.length, b.length);
        System.arraycopy(z, 0, out, x.length + b.length, z.length);
        return out;
    }
}
