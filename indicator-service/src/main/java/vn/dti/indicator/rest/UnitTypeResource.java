package vn.dti.indicator.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import vn.dti.indicator.mapping.UnitTypeView;
import vn.dti.indicator.repository.UnitTypeRepository;
import vn.dti.indicator.service.UnitTypeInput;
import vn.dti.indicator.service.UnitTypeService;
import vn.dti.plumbing.openapi.ProblemResponses;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.security.Roles;

@Path("/api/v1/unit-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Unit types", description = "The kinds of units (PROVINCE, MINISTRY, COUNTRY...): data, any of them rankable")
public class UnitTypeResource {

    @Inject
    UnitTypeService types;

    @GET
    @RolesAllowed("**")
    @Operation(operationId = "listUnitTypes", summary = "List the unit types",
            description = "Any authenticated caller. Every defined type, by code; PROVINCE and MINISTRY always exist.")
    @APIResponse(responseCode = "200", description = "The unit types, by code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitTypeView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "types", value = ApiExamples.UNIT_TYPES)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    public List<UnitTypeView> list() {
        return types.list();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed("**")
    @Operation(operationId = "getUnitType", summary = "Get a unit type", description = "Any authenticated caller.")
    @APIResponse(responseCode = "200", description = "The unit type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitTypeView.class),
                    examples = @ExampleObject(name = "type", value = ApiExamples.UNIT_TYPE)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No unit type with this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public UnitTypeView get(@Parameter(description = "The type's code", example = "COUNTRY") @PathParam("code") String code) {
        return types.find(code).orElseThrow(() -> ProblemException.notFound("No unit type " + code + "; see GET /api/v1/unit-types."));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putUnitType", summary = "Define a unit type or rename it (admin)",
            description = "Admin only. After this, units (POST /units `type`) and frameworks (`unitType`) may use the type, "
                    + "and the ranking-service ranks its units like any other. A type is never deleted and its code never changes.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitTypeInput.class),
            examples = @ExampleObject(name = "country", value = ApiExamples.UNIT_TYPE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The type existed; its names were replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitTypeView.class),
                    examples = @ExampleObject(name = "type", value = ApiExamples.UNIT_TYPE)))
    @APIResponse(responseCode = "201", description = "The type was defined; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitTypeView.class),
                    examples = @ExampleObject(name = "type", value = ApiExamples.UNIT_TYPE)))
    @APIResponse(responseCode = "400", description = "Malformed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", description = "Invalid code or fields, every one with its pointer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.UNIT_TYPE_INVALID)))
    public Response put(@Parameter(description = "The type's code", example = "COUNTRY") @PathParam("code") String code, JsonNode body) {
        UnitTypeRepository.Saved saved = types.put(code, body);
        return saved.created()
                ? Response.created(URI.create("/api/v1/unit-types/" + code)).entity(saved.type()).build()
                : Response.ok(saved.type()).build();
    }
}
