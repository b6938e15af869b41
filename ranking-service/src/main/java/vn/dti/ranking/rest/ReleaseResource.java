package vn.dti.ranking.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.dti.plumbing.openapi.ProblemResponses;
import vn.dti.plumbing.problem.JsonBodies;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.security.Roles;
import vn.dti.ranking.mapping.ReleaseView;
import vn.dti.ranking.security.Caller;
import vn.dti.ranking.service.ReleaseRequest;
import vn.dti.ranking.service.ReleaseService;

@Path("/api/v1/releases")
@Tag(name = "Releases", description = "Official results: a standings version frozen by the committee, revision 1, 2, ... per framework and period")
public class ReleaseResource {

    @Inject
    ReleaseService releases;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "createRelease", summary = "Release a standings version as the official result",
            description = "Committee and admins. Freezes `version` (on `basis`: default approved for a framework that requires "
                    + "approval, else submitted) as the next revision of the (framework, period): revision 1 for the first, then 2, 3, ...; "
                    + "a later revision supersedes the previous one and lists, in `changes`, every unit whose rank or score differs from it. "
                    + "Publishes dti.release.published.v1 on dti.standings in the same transaction. A version is released at most once per basis.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReleaseRequest.class),
            examples = @ExampleObject(name = "release", value = ApiExamples.RELEASE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Released",
            headers = @Header(name = "Location", description = "The new release, /api/v1/releases/{id}"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleaseView.class),
                    examples = @ExampleObject(name = "revision 2", value = ApiExamples.RELEASE)))
    @APIResponse(responseCode = "400", description = "The body is not well-formed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed", value = ApiExamples.RELEASE_MALFORMED)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No such standings version (unknown framework, period or version on that basis)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no version", value = ApiExamples.NO_VERSION)))
    @APIResponse(responseCode = "409", description = "This version (on this basis) was released before",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "already released", value = ApiExamples.ALREADY_RELEASED)))
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", description = "Invalid request (a field missing, of the wrong type or unknown, label too long, bad basis or period), with a JSON Pointer per problem; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.RELEASE_INVALID)))
    public Response create(String body) {
        // a body without Content-Type is 415 before this runs (plumbing's ContentTypeRequired)
        ReleaseView release = releases.create(JsonBodies.read(json, body, "a JSON release request"), caller.name());
        return Response.created(URI.create("/api/v1/releases/" + release.id())).type(MediaType.APPLICATION_JSON).entity(release).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "listReleases", summary = "List releases, newest first",
            description = "Any authenticated caller (releases are the published results). Without changes and standings; "
                    + "GET /releases/{id} has them. At most 1000.")
    @APIResponse(responseCode = "200", description = "The releases, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReleaseView.Summary.class),
                    examples = @ExampleObject(name = "releases", value = ApiExamples.RELEASES)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    public List<ReleaseView.Summary> list(
            @Parameter(description = "Only releases of this framework", example = "DTI-PROVINCE") @QueryParam("frameworkCode") String frameworkCode,
            @Parameter(description = "Only releases of this period", example = "2024") @QueryParam("period") String period) {
        return releases.list(blankToNull(frameworkCode), blankToNull(period));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "getRelease", summary = "A release with its changes and standings",
            description = "Any authenticated caller. The standings are the released version's body, byte for byte.")
    @APIResponse(responseCode = "200", description = "The release",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReleaseView.class),
                    examples = @ExampleObject(name = "revision 2", value = ApiExamples.RELEASE)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such release (or not a release id)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiExamples.NO_RELEASE)))
    public ReleaseView get(@Parameter(description = "Release id", schema = @Schema(format = "uuid")) @PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No release " + id + ".");
        }
        return releases.find(uuid).orElseThrow(() -> ProblemException.notFound("No release " + id + "."));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
