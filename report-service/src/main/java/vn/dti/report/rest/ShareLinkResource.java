package vn.dti.report.rest;

import java.net.URI;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.plumbing.openapi.ProblemResponses;
import vn.dti.plumbing.problem.JsonBodies;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.security.Roles;
import vn.dti.report.mapping.ShareLinkView;
import vn.dti.report.security.Caller;
import vn.dti.report.service.ShareLinkService;

/** Share links of a published brief (DESIGN §12): made, listed and revoked by committee and admin. */
@Path("/api/v1/briefs/{id}/links")
@Tag(name = "Share links", description = "Time-limited, revocable links that open a published brief's HTML or PDF without a token")
public class ShareLinkResource {

    static final String REQUEST = """
            {"expiresInDays": 30}""";
    static final String CREATED = """
            {"id": "0b6f3f0e-6c43-4f6e-9d47-5b0f0f7de4a1", "url": "http://127.0.0.1:8083/share/q9Xw3n0hZ2m1YtQ8v5sK7bR4cLpE6jUaFgDiHoNzW2M",
             "expiresAt": "2025-05-03T02:11:40.205Z"}""";
    static final String LINK = """
            {"id": "0b6f3f0e-6c43-4f6e-9d47-5b0f0f7de4a1", "briefId": "6f1d7c1e-3f3b-4d8e-9a59-2a8d1d3a9b10", "state": "ACTIVE",
             "createdAt": "2025-04-03T02:11:40.205Z", "createdBy": "committee", "expiresAt": "2025-05-03T02:11:40.205Z",
             "revokedAt": null, "revokedBy": null, "opens": 3, "lastOpenedAt": "2025-04-04T01:00:12.118Z"}""";
    static final String LINKS = "{\"items\": [" + LINK + "]}";
    static final String INVALID = """
            {"type": "https://dti.gov.vn/problems/validation", "title": "Validation failed", "status": 422,
             "detail": "The request is invalid.", "errors": [{"pointer": "/expiresInDays", "code": "OUT_OF_RANGE", "detail": "must be between 1 and 365"}]}""";
    static final String NOT_PUBLISHED = """
            {"type": "https://dti.gov.vn/problems/brief-not-published", "title": "Brief not published", "status": 409,
             "detail": "Brief 6f1d7c1e-3f3b-4d8e-9a59-2a8d1d3a9b10 is a draft; publish it (POST /api/v1/briefs/6f1d7c1e-3f3b-4d8e-9a59-2a8d1d3a9b10/publish) before sharing it."}""";
    static final String NOT_FOUND = """
            {"type": "https://dti.gov.vn/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No link 0b6f3f0e-6c43-4f6e-9d47-5b0f0f7de4a1 of brief 6f1d7c1e-3f3b-4d8e-9a59-2a8d1d3a9b10."}""";

    @Inject
    ShareLinkService links;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    ObjectMapper strict;

    @PostConstruct
    void strict() {
        strict = json.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "createShareLink", summary = "Create a share link of a published brief",
            description = "Makes a link that opens the brief's HTML (and, with ?format=pdf, its PDF) without a token until it expires (expiresInDays, 1 to 365) or is revoked. The URL holds a 256-bit random secret and is shown only in this answer: the service stores only the secret's SHA-256. A draft cannot be shared (409).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ShareLinkRequest.class), examples = @ExampleObject(name = "link", value = REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; the link's URL (shown once) and when it expires",
            headers = @Header(name = "Location", description = "The link in the API (GET shows its state and opens, DELETE revokes it)"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShareLinkView.Created.class),
                    examples = @ExampleObject(name = "created", value = CREATED)))
    @APIResponse(responseCode = "400", description = "The body is not well-formed JSON (a key given twice included)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed", value = ApiExamples.MALFORMED)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No such brief",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The brief is a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "draft", value = NOT_PUBLISHED)))
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", description = "expiresInDays missing, not a whole number or outside 1..365, or an unknown field, with a JSON Pointer per problem; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = INVALID)))
    public Response create(@PathParam("id") String id, String body) {
        // a body without Content-Type is 415 before this runs (plumbing's ContentTypeRequired)
        // a key given twice is malformed here (400), not "the last one wins"
        ShareLinkService.Created created = links.create(id, JsonBodies.read(strict, body, "a JSON share link request"), caller.name());
        return Response.created(URI.create(created.location())).type(MediaType.APPLICATION_JSON).entity(created.link()).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listShareLinks", summary = "List a brief's share links, newest first",
            description = "Every link ever made for the brief, with its state (ACTIVE, EXPIRED, REVOKED) and how many times it was opened; never its secret or URL.")
    @APIResponse(responseCode = "200", description = "The brief's links",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShareLinkView.Items.class),
                    examples = @ExampleObject(name = "links", value = LINKS)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No such brief",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "406", ref = ProblemResponses.NOT_ACCEPTABLE)
    public ShareLinkView.Items list(@PathParam("id") String id) {
        return links.list(id);
    }

    @GET
    @Path("/{linkId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getShareLink", summary = "Get one share link",
            description = "The link's state and opens; never its secret or URL.")
    @APIResponse(responseCode = "200", description = "The link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShareLinkView.class),
                    examples = @ExampleObject(name = "link", value = LINK)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No such brief, or no such link of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = NOT_FOUND)))
    @APIResponse(responseCode = "406", ref = ProblemResponses.NOT_ACCEPTABLE)
    public ShareLinkView get(@PathParam("id") String id, @PathParam("linkId") String linkId) {
        return links.get(id, linkId);
    }

    @DELETE
    @Path("/{linkId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "revokeShareLink", summary = "Revoke a share link",
            description = "From now on the link answers 404, exactly like a link that never existed. Revoking a revoked link again is 204 and changes nothing (who revoked it and when stay).")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No such brief, or no such link of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = NOT_FOUND)))
    public Response revoke(@PathParam("id") String id, @PathParam("linkId") String linkId) {
        links.revoke(id, linkId, caller.name());
        return Response.noContent().build();
    }

    /** The body of createShareLink (documentation only: the body is read as a tree and checked field by field). */
    @Schema(name = "ShareLinkRequest")
    public record ShareLinkRequest(
            @Schema(required = true, minimum = "1", maximum = "365", examples = "30",
                    description = "Days until the link stops working") int expiresInDays) {
    }
}
