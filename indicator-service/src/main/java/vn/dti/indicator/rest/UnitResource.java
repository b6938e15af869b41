package vn.dti.indicator.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import vn.dti.indicator.domain.Unit;
import vn.dti.indicator.mapping.UnitView;
import vn.dti.indicator.service.UnitInput;
import vn.dti.indicator.service.UnitService;
import vn.dti.indicator.service.UnitUpdateInput;
import vn.dti.indicator.service.UnitTypeService;
import vn.dti.plumbing.openapi.ProblemResponses;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.security.Roles;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Provinces, ministries and units of any defined type, effective-dated, with lineage")
public class UnitResource {

    @Inject
    UnitService units;

    @Inject
    UnitTypeService unitTypes;

    @GET
    @RolesAllowed("**")
    @Operation(operationId = "listUnits", summary = "List the units valid on a date", description = "Any authenticated caller. Defaults: every type, today.")
    @APIResponse(responseCode = "200", description = "The units valid on asOf, by code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "units", value = "[" + ApiExamples.UNIT + "]")))
    @APIResponse(responseCode = "400", description = "A parameter is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    public List<UnitView> list(
            @Parameter(description = "A defined unit type (GET /unit-types), e.g. PROVINCE or MINISTRY", example = "PROVINCE",
                    schema = @Schema(type = SchemaType.STRING, pattern = UnitTypeService.CODE_PATTERN)) @QueryParam("type") String type,
            @Parameter(description = "Day of validity (ISO date); default today", example = "2024-12-31", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf) {
        if (type != null && !unitTypes.defined(type)) {
            throw ProblemException.badRequest("type: " + UnitTypeService.undefined(type) + ".");
        }
        return units.validOn(day(asOf), type).stream().map(UnitView::of).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed("**")
    @Operation(operationId = "getUnit", summary = "Get the unit with this code valid on a date",
            description = "The version of the unit valid on asOf (a code can name different units over time, e.g. after the 2025 merger).")
    @APIResponse(responseCode = "200", description = "The unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class),
                    examples = @ExampleObject(name = "unit", value = ApiExamples.UNIT)))
    @APIResponse(responseCode = "400", description = "asOf is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No unit with this code on that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public UnitView get(@Parameter(example = "48") @PathParam("code") String code,
                        @Parameter(description = "Day of validity; default today", example = "2024-12-31", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("asOf") String asOf) {
        LocalDate day = day(asOf);
        return units.find(code, day).map(UnitView::of)
                .orElseThrow(() -> ProblemException.notFound("No unit " + code + " valid on " + day + "."));
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed({Roles.REVIEWER, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getUnitHistory", summary = "Who created, changed or ended the versions of a unit code, and when",
            description = "Reviewer, committee or admin. Oldest first: CREATED (POST /units) and UPDATED (PUT /units/{code}), each with "
                    + "the unit version as it was written. The seeded units predate the history.")
    @APIResponse(responseCode = "200", description = "The unit code's history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = vn.dti.indicator.mapping.HistoryView.class),
                    examples = @ExampleObject(name = "history", value = ApiExamples.HISTORY_UNIT)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No unit with this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public vn.dti.indicator.mapping.HistoryView history(@Parameter(example = "48") @PathParam("code") String code) {
        if (!units.exists(code)) {
            throw ProblemException.notFound("No unit " + code + ".");
        }
        return history.of(vn.dti.indicator.service.HistoryService.UNIT, code);
    }

    @jakarta.inject.Inject
    vn.dti.indicator.service.HistoryService history;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUnit", summary = "Create a unit (admin)", description = "Ministries are created this way; a new province after a merger names its predecessors. Emits dti.unit.changed.v1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitInput.class),
            examples = @ExampleObject(name = "ministry", value = ApiExamples.UNIT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class),
                    examples = @ExampleObject(name = "unit", value = ApiExamples.UNIT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "409", description = "A unit with this code is already valid in that span",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", description = "Invalid fields, with pointers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(JsonNode body) {
        Unit u = units.create(body);
        return Response.created(URI.create("/api/v1/units/" + u.code + "?asOf=" + u.validFrom)).entity(UnitView.of(u)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateUnit", summary = "Update or end a unit (admin)",
            description = "Admin only. Replaces the names, group, region, centrallyRun and validTo of one version of the code "
                    + "(the one starting on the body's validFrom, else the latest): send the unit as GET returns it, changed; an "
                    + "absent optional field is cleared. A validTo ends the unit. Code, type, validFrom and predecessors cannot "
                    + "change (422). Kept as history (GET /units/{code}/history) and announced with dti.unit.changed.v1; a PUT "
                    + "that changes nothing records and emits nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitUpdateInput.class),
            examples = @ExampleObject(name = "end", value = ApiExamples.UNIT_UPDATE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The unit version as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class),
                    examples = @ExampleObject(name = "ended", value = ApiExamples.UNIT_UPDATED)))
    @APIResponse(responseCode = "400", description = "Malformed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No unit with this code (or no version starting on validFrom)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "validTo would overlap the code's next version or a successor, or end the unit before a successor that names it starts",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "overlap", value = ApiExamples.UNIT_OVERLAP)))
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", description = "Invalid fields (validTo before validFrom, a type change...), every one with its pointer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.UNIT_UPDATE_INVALID)))
    public UnitView update(@Parameter(example = "48") @PathParam("code") String code, JsonNode body) {
        return UnitView.of(units.update(code, body));
    }

    static LocalDate day(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(asOf);
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("asOf must be an ISO date like 2024-12-31.");
        }
        if (!vn.dti.indicator.limits.Limits.inRange(day)) {
            throw ProblemException.badRequest("asOf must be from " + vn.dti.indicator.limits.Limits.dateRange() + ".");
        }
        return day;
    }
}
