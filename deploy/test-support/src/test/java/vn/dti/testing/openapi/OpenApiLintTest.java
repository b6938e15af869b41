package vn.dti.testing.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The lint finds what it is for: each rule broken once in a small document, and a clean one passes. */
class OpenApiLintTest {

    static final String PROBLEM = """
            "Problem": {"type": "object", "required": ["type", "title", "status"],
              "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"}}}""";
    static final String NOT_FOUND = """
            "404": {"description": "No such thing", "content": {"application/problem+json": {
              "schema": {"$ref": "#/components/schemas/Problem"},
              "examples": {"x": {"value": {"type": "about:blank", "title": "Not found", "status": 404}}}}}}""";

    static String document(String operations, String schemas) {
        return """
                {"openapi": "3.1.0", "servers": [{"url": "http://127.0.0.1:1"}], "security": [{"bearer": []}],
                 "paths": {"/things/{id}": {%s}},
                 "components": {"schemas": {%s}}}""".formatted(operations, schemas);
    }

    static final String GOOD_GET = """
            "get": {"operationId": "getThing", "description": "A thing.", "responses": {
              "200": {"description": "The thing", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Thing"},
                "examples": {"x": {"value": {"id": "a", "when": null}}}}}},
              %s}}""".formatted(NOT_FOUND);
    static final String THING = """
            "Thing": {"type": "object", "required": ["id", "when"],
              "properties": {"id": {"type": "string"}, "when": {"type": ["string", "null"], "format": "date-time"}}}""";

    @Test
    void aCleanDocumentHasNoProblems() {
        assertThat(OpenApiLint.problems(document(GOOD_GET, THING + "," + PROBLEM))).isEmpty();
    }

    @Test
    void everyRuleIsEnforced() {
        String bad = """
                "get": {"responses": {
                  "200": {"description": "The thing", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Thing"},
                    "examples": {"x": {"value": {"id": 7}}}}}},
                  "403": {"description": "Not Allowed"}}},
                "post": {"operationId": "get_thing", "description": "x",
                  "requestBody": {"content": {"application/json": {"schema": {"type": "object"}, "example": {}},
                                              "text/csv": {"schema": {"type": "string"}, "example": "a"}}},
                  "responses": {"201": {"description": "Made", "content": {"application/json": {"schema": {"type": "object"}}}}}},
                "put": {"operationId": "get_thing", "description": "x", "security": [{"bearer": ["**"]}],
                  "parameters": [{"name": "id", "in": "path"}],
                  "responses": {"404": {"description": "No", "content": {"application/json": {"schema": {"type": "object"}, "example": {}}}}}}""";
        List<String> problems = OpenApiLint.problems(document(bad, THING + "," + PROBLEM + ","
                + "\"OffsetDateTime\": {\"type\": \"string\"}, \"Unused\": {\"type\": \"object\"}"));
        assertThat(String.join("\n", problems))
                .contains("GET /things/{id}: no operationId")
                .contains("GET /things/{id}: no description")
                .contains("GET /things/{id} 200 application/json: example breaks its schema")
                .contains("GET /things/{id} 403: not the problem+json Problem schema")
                .contains("GET /things/{id} 403: no content")
                .contains("(get_thing): operationId is not camelCase")
                .contains("POST /things/{id} (get_thing): operationId also used by PUT")
                .contains("more than one request media type")
                .contains("POST /things/{id} (get_thing) 201 application/json: no example")
                .contains("201 without a Location header")
                .contains("PUT /things/{id} (get_thing): security scope **")
                .contains("parameter id has no schema")
                .contains("PUT /things/{id} (get_thing) 404: not the problem+json Problem schema")
                .contains("PUT /things/{id} (get_thing): no 2xx response")
                .contains("schema OffsetDateTime is a Java type")
                .contains("schema Unused is not used");
    }

    @Test
    void operationsAreFoundByTheirPathTemplateWithLiteralSegmentsFirst() {
        OpenApiDocument doc = OpenApiDocument.parse("""
                {"openapi": "3.1.0", "paths": {"/b/{id}": {"get": {"operationId": "one"}},
                 "/b/{id}/pdf": {"get": {"operationId": "pdf"}}, "/b/csv": {"post": {"operationId": "csv"}}, "/b": {"post": {"operationId": "make"}}}}""");
        assertThat(doc.find("GET", "/b/123").orElseThrow().id()).isEqualTo("one");
        assertThat(doc.find("GET", "/b/123/pdf").orElseThrow().id()).isEqualTo("pdf");
        assertThat(doc.find("POST", "/b/csv").orElseThrow().id()).isEqualTo("csv");
        assertThat(doc.find("POST", "/b").orElseThrow().id()).isEqualTo("make");
        assertThat(doc.find("DELETE", "/b/1")).isEmpty();
        assertThat(doc.find("GET", "/b/1/2")).isEmpty();
    }
}
