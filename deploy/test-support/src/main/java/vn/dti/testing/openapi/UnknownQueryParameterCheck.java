package vn.dti.testing.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * DESIGN §12: an unknown query parameter is 400, not ignored. Walks every GET operation of a
 * service's OpenAPI document under {@code /api/} and sends it generated parameter names it does not
 * declare: each must be 400 problem+json naming the parameter for a caller the operation admits
 * (401/403 for one it does not), never 2xx, 404 or 5xx. Every parameter the document declares
 * must not be called unknown, so the document and the check agree.
 */
public final class UnknownQueryParameterCheck {

    private UnknownQueryParameterCheck() {
    }

    /** Generated names: letters (Vietnamese too), digits and the URL-safe marks, 1 to 24 characters. */
    public static Arbitrary<String> names() {
        return Arbitraries.strings().alpha().numeric().withChars("_-.~ệđươ").ofMinLength(1).ofMaxLength(24);
    }

    /**
     * @param openApiJson {@code /q/openapi?format=json}
     * @param callers     authenticated request specifications, e.g. one per role; each operation must admit one
     * @param namesPerOperation how many generated names each operation gets
     * @return the operations checked, for the caller to assert it is not an empty walk
     */
    public static List<String> check(String openApiJson, List<Supplier<RequestSpecification>> callers, int namesPerOperation) {
        OpenApiDocument doc = OpenApiDocument.parse(openApiJson);
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (OpenApiDocument.Operation op : doc.operations()) {
            if (!op.method().equals("get") || !op.path().startsWith("/api/")) {
                continue;
            }
            Set<String> declared = new HashSet<>();
            for (JsonNode p : op.node().path("parameters")) {
                JsonNode parameter = doc.resolve(p);
                if ("query".equals(parameter.path("in").asText())) {
                    declared.add(parameter.path("name").asText());
                }
            }
            String path = op.path().replaceAll("\\{[^}/]+}", "X1");
            List<String> names = names().filter(n -> !declared.contains(n)).sampleStream().limit(namesPerOperation).toList();
            for (String name : names) {
                boolean admitted = false;
                for (Supplier<RequestSpecification> caller : callers) {
                    Response r = caller.get().queryParam(name, "1").get(path);
                    int status = r.statusCode();
                    if (status == 401 || status == 403) {
                        continue;
                    }
                    admitted = true;
                    String detail = status == 400 && r.contentType().startsWith("application/problem+json")
                            ? r.jsonPath().getString("detail") : null;
                    if (detail == null || !detail.contains("Unknown query parameter '" + name + "'")) {
                        failures.add(op + " ?" + name + "=1 answered " + status + " " + r.asString());
                    }
                }
                if (!admitted) {
                    failures.add(op + ": no caller given admits it");
                }
            }
            for (String name : declared) {
                for (Supplier<RequestSpecification> caller : callers) {
                    Response r = caller.get().queryParam(name, "").get(path);
                    if (r.statusCode() >= 500 || r.asString().contains("Unknown query parameter")) {
                        failures.add(op + " refused its declared parameter " + name + ": " + r.statusCode() + " " + r.asString());
                    }
                }
            }
            checked.add(op.toString());
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " operations mishandle query parameters:\n" + String.join("\n", failures));
        }
        return checked;
    }
}
