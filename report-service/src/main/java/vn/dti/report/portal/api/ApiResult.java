package vn.dti.report.portal.api;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** A successful (2xx) answer of an API: status, content type, Location and body. */
public record ApiResult(int status, String contentType, String location, byte[] body, JsonNode json) {

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> locationHeader() {
        return Optional.ofNullable(location);
    }
}
