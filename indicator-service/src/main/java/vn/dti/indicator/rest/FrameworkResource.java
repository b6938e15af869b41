package vn.dti.indicator.rest;

import java.net.URI;
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

import vn.dti.indicator.framework.FrameworkDocument;
import vn.dti.indicator.mapping.FrameworkView;
import vn.dti.indicator.mapping.PeriodView;
import vn.dti.indicator.service.FrameworkService;
import vn.dti.indicator.service.PeriodInput;
import vn.dti.indicator.service.PeriodService;
import vn.dti.plumbing.openapi.ProblemResponses;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.security.Roles;

@Path("/api/v1/frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frameworks", description = "Index methodologies as data, and their reporting periods")
public class FrameworkResource {

    @Inject
    FrameworkService frameworks;

    @Inject
    PeriodService periods;

    @Inject
    vn.dti.indicator.service.HistoryService history;

    @GET
    @Path("/{code}/history")
    @RolesAllowed({Roles.REVIEWER, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getFrameworkHistory", summary = "Who created, replaced and published a framework, and when",
            description = "Oldest first; recorded in the same transaction as each change (changes before this history existed are not listed).")
    @APIResponse(responseCode = "200", description = "The framework's history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = vn.dti.indicator.mapping.HistoryView.class),
                    examples = @ExampleObject(name = "history", value = ApiExamples.HISTORY_FRAMEWORK)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No such framework",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public vn.dti.indicator.mapping.HistoryView frameworkHistory(@PathParam("code") String code) {
        frameworks.find(code).orElseThrow(() -> ProblemException.notFound("No framework " + code + "."));
        return history.of(vn.dti.indicator.service.HistoryService.FRAMEWORK, code);
    }

    @GET
    @Path("/{code}/periods/{period}/history")
    @RolesAllowed({Roles.REVIEWER, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getPeriodHistory", summary = "Who set a period's due and close dates, and when",
            description = "Oldest first; each change with the new dueAt and closesAt.")
    @APIResponse(responseCode = "200", description = "The period schedule's history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = vn.dti.indicator.mapping.HistoryView.class),
                    examples = @ExampleObject(name = "history", value = ApiExamples.HISTORY_PERIOD)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No such framework or period schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public vn.dti.indicator.mapping.HistoryView periodHistory(@PathParam("code") String code, @PathParam("period") String period) {
        periods.find(code, period)
                .orElseThrow(() -> ProblemException.notFound("No schedule for period " + period + " of framework " + code + "."));
        return history.of(vn.dti.indicator.service.HistoryService.PERIOD, code + "/" + period);
    }

    @GET
    @RolesAllowed("**")
    @Operation(operationId = "listFrameworks", summary = "List frameworks (drafts and published)",
            description = "Every framework by code, drafts included, each with its whole tree of pillars, indices and indicators.")
    @APIResponse(responseCode = "200", description = "All frameworks by code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "frameworks", value = "[" + ApiExamples.FRAMEWORK_VIEW + "]")))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    public List<FrameworkView> list() {
        return frameworks.list();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed("**")
    @Operation(operationId = "getFramework", summary = "Get a framework",
            description = "The framework document (tree, weights, normalisation, targets) with its version and status.")
    @APIResponse(responseCode = "200", description = "The framework",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkView.class),
                    examples = @ExampleObject(name = "framework", value = ApiExamples.FRAMEWORK_VIEW)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such framework",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FrameworkView get(@Parameter(example = "DTI-PROVINCE") @PathParam("code") String code) {
        return frameworks.find(code).orElseThrow(() -> ProblemException.notFound("No framework " + code + "."));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putFramework", summary = "Create or replace a draft framework (admin)",
            description = "The whole document is validated (every rule of publishing) and stored with defaults made explicit. A published framework cannot be replaced (409).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkDocument.class),
            examples = @ExampleObject(name = "framework", value = ApiExamples.FRAMEWORK)))
    @APIResponse(responseCode = "200", description = "The draft was replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkView.class),
                    examples = @ExampleObject(name = "draft", value = ApiExamples.DRAFT_FRAMEWORK)))
    @APIResponse(responseCode = "201", description = "The draft was created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkView.class),
                    examples = @ExampleObject(name = "draft", value = ApiExamples.DRAFT_FRAMEWORK)))
    @APIResponse(responseCode = "400", description = "Malformed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "409", description = "The framework is published and immutable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", description = "Invalid document, with pointers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@Parameter(example = "DTI-2022-PROVINCE") @PathParam("code") String code, JsonNode body) {
        FrameworkService.Saved saved = frameworks.putDraft(code, body);
        return saved.created()
                ? Response.created(URI.create("/api/v1/frameworks/" + code)).entity(saved.framework()).build()
                : Response.ok(saved.framework()).build();
    }

    @POST
    @Path("/{code}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishFramework", summary = "Publish (freeze) a draft framework (admin)", description = "Validates it again and emits dti.framework.published.v1.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkView.class),
                    examples = @ExampleObject(name = "published", value = ApiExamples.FRAMEWORK_VIEW)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No such framework",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The draft breaks a publishing rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FrameworkView publish(@PathParam("code") String code) {
        return frameworks.publish(code);
    }

    @GET
    @Path("/{code}/periods")
    @RolesAllowed("**")
    @Operation(operationId = "listPeriods", summary = "List the reporting periods of a framework",
            description = "Every period whose schedule (dueAt, closesAt) was set, by code.")
    @APIResponse(responseCode = "200", description = "Periods by code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodView.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "periods", value = "[" + ApiExamples.PERIOD + "]")))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such framework",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PeriodView> periods(@PathParam("code") String code) {
        return periods.list(code).orElseThrow(() -> ProblemException.notFound("No framework " + code + "."));
    }

    @GET
    @Path("/{code}/periods/{period}")
    @RolesAllowed("**")
    @Operation(operationId = "getPeriod", summary = "Get a reporting period",
            description = "The period's span and schedule: after dueAt a submission is marked late, after closesAt it is refused.")
    @APIResponse(responseCode = "200", description = "The period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodView.class),
                    examples = @ExampleObject(name = "period", value = ApiExamples.PERIOD)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such framework or period schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PeriodView period(@PathParam("code") String code, @PathParam("period") String period) {
        return periods.find(code, period)
                .orElseThrow(() -> ProblemException.notFound("No schedule for period " + period + " of framework " + code + "."));
    }

    @PUT
    @Path("/{code}/periods/{period}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putPeriod", summary = "Set the due and close dates of a period (admin)",
            description = "After dueAt a submission is accepted but marked late; after closesAt it is refused with 409. Emits dti.period.changed.v1.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodInput.class),
            examples = @ExampleObject(name = "period", value = ApiExamples.PERIOD_REQUEST)))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodView.class),
                    examples = @ExampleObject(name = "period", value = ApiExamples.PERIOD)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodView.class),
                    examples = @ExampleObject(name = "period", value = ApiExamples.PERIOD)))
    @APIResponse(responseCode = "400", description = "Malformed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No such framework",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The framework is not published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid dates or a period that does not fit the framework",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putPeriod(@PathParam("code") String code, @Parameter(example = "2024") @PathParam("period") String period, JsonNode body) {
        PeriodService.Saved saved = periods.put(code, period, body);
        return saved.created()
                ? Response.created(URI.create("/api/v1/frameworks/" + code + "/periods/" + period)).entity(saved.period()).build()
                : Response.ok(saved.period()).build();
    }
}
