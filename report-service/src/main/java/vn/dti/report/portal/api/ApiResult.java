package vn.dti.report.portal.api;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** A successful (2xx) answer of an API: status, content type, Location, headers and body (JSON parsed when it is JSON). */
public record ApiResult(int status, String contentType, String location, byte[] body, JsonNode json, HttpHeaders headers) {

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> locationHeader() {
        return Optional.ofNullable(location);
    }

    /** The first value of a response header, or null. */
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
