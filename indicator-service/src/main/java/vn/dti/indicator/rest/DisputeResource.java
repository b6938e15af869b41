package vn.dti.indicator.rest;

import java.net.URI;

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

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.indicator.mapping.DisputeList;
import vn.dti.indicator.mapping.DisputeView;
import vn.dti.indicator.service.DisputeInput;
import vn.dti.indicator.service.DisputeService;
import vn.dti.indicator.service.ResolutionInput;
import vn.dti.plumbing.openapi.ProblemResponses;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.security.Roles;

@Path("/api/v1/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes", description = "A unit contests a published release; an upheld dispute is followed by a correction and a new revision")
public class DisputeResource {

    @Inject
    DisputeService disputes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUBMITTER, Roles.ADMIN})
    @Operation(operationId = "createDispute", summary = "Contest a unit's result in a published release",
            description = "Roles: submitter (for its own unit only; another unit is 403), admin. The release must have been published "
                    + "by ranking-service (dti.release.published.v1) and rank the unit; indicatorCode, when given, names an indicator "
                    + "of the release's framework. The dispute starts OPEN. Emits dti.dispute.changed.v1 (change FILED). Every problem "
                    + "of the body is reported at once; nothing is stored on a refusal.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DisputeInput.class),
            examples = @ExampleObject(name = "dispute", value = ApiExamples.DISPUTE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Filed; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class),
                    examples = @ExampleObject(name = "open", value = ApiExamples.DISPUTE_OPEN)))
    @APIResponse(responseCode = "400", description = "The body is not well-formed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A role that may not file disputes, or a submitter naming another unit (or with no unit in its token)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "another unit", value = ApiExamples.DISPUTE_FORBIDDEN)))
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", description = "Unknown release, unit not in the release, unknown indicator, blank or too long "
            + "reason, unknown field; one pointer per problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.DISPUTE_INVALID)))
    public Response create(JsonNode body) {
        DisputeView d = disputes.file(body);
        return Response.created(URI.create("/api/v1/disputes/" + d.id())).entity(d).build();
    }

    @GET
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "listDisputes", summary = "Disputes, newest first",
            description = "Roles: reviewer, committee, admin (every dispute); submitter (the disputes of its own unit only). "
                    + "Each filter applies when given.")
    @APIResponse(responseCode = "200", description = "The disputes the caller may read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeList.class),
                    examples = @ExampleObject(name = "disputes", value = ApiExamples.DISPUTE_LIST)))
    @APIResponse(responseCode = "400", description = "A status other than OPEN, UPHELD, REJECTED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A role that may not read disputes, or a submitter token without a unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DisputeList list(@Parameter(description = "Framework of the contested releases", example = "DTI-PROVINCE")
                            @QueryParam("frameworkCode") String frameworkCode,
                            @Parameter(description = "Period of the contested releases", example = "2024") @QueryParam("period") String period,
                            @Parameter(description = "OPEN, UPHELD or REJECTED",
                                    schema = @Schema(type = SchemaType.STRING, enumeration = {"OPEN", "UPHELD", "REJECTED"}))
                            @QueryParam("status") String status) {
        return disputes.list(frameworkCode, period, status);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getDispute", summary = "One dispute, with its resolution, correction and revision",
            description = "Roles: reviewer, committee, admin; a submitter for a dispute of its own unit only (another unit's dispute "
                    + "answers 404, not 403, so that its existence does not leak).")
    @APIResponse(responseCode = "200", description = "The dispute",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class),
                    examples = @ExampleObject(name = "revised", value = ApiExamples.DISPUTE_REVISED)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No such dispute the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    public DisputeView get(@Parameter(example = "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b") @PathParam("id") String id) {
        return disputes.get(id);
    }

    @POST
    @Path("/{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(operationId = "resolveDispute", summary = "Uphold or reject an open dispute",
            description = "Roles: reviewer, admin. UPHELD: the unit is right; an admin correction of its series (a submission with "
                    + "correctionReason) and a new release revision follow, and the dispute names both. REJECTED: the release stands. "
                    + "A dispute is resolved once (409 afterwards). Emits dti.dispute.changed.v1 (change RESOLVED).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResolutionInput.class),
            examples = @ExampleObject(name = "upheld", value = ApiExamples.RESOLUTION_REQUEST)))
    @APIResponse(responseCode = "200", description = "Resolved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeView.class),
                    examples = @ExampleObject(name = "upheld", value = ApiExamples.DISPUTE_UPHELD)))
    @APIResponse(responseCode = "400", description = "The body is not well-formed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No such dispute",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The dispute is already resolved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "resolved", value = ApiExamples.DISPUTE_RESOLVED_CONFLICT)))
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", description = "Missing or unknown decision, missing comment, unknown field; one pointer per problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DisputeView resolve(@Parameter(example = "3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b") @PathParam("id") String id, JsonNode body) {
        return disputes.resolve(id, body);
    }
}
