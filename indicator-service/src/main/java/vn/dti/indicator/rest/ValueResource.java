package vn.dti.indicator.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.indicator.mapping.CompletenessView;
import vn.dti.indicator.mapping.CurrentValueView;
import vn.dti.plumbing.openapi.ProblemResponses;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.security.Roles;
import vn.dti.indicator.service.ValueService;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Values", description = "Current values and reporting completeness")
public class ValueResource {

    @Inject
    ValueService values;

    @GET
    @Path("/values/{frameworkCode}/{period}")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getCurrentValues", summary = "Current value of each indicator, with the submission it came from",
            description = "Submitters see their own unit only (unitCode defaults to it).")
    @APIResponse(responseCode = "200", description = "Current values by unit and indicator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CurrentValueView.class),
                    examples = @ExampleObject(name = "values", value = ApiExamples.CURRENT_VALUES)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Another unit's values",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such published framework, or a period that does not fit it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CurrentValueView values(@PathParam("frameworkCode") String frameworkCode, @PathParam("period") String period,
                                   @QueryParam("unitCode") String unitCode) {
        return values.currentValues(frameworkCode, period, unitCode);
    }

    @GET
    @Path("/completeness/{frameworkCode}/{period}")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getCompleteness", summary = "Reporting completeness per unit: indicators expected, reported, late or not; and totals",
            description = "Every unit of the framework's type valid on the period's last day appears, reported or not. "
                    + "With unitCode, that unit's to-do list: the indicator codes reported and missing, dueAt, closesAt and the "
                    + "review status (with the reviewer's comment when RETURNED). A submitter sees its own unit only (unitCode "
                    + "defaults to it; another unit is 403).")
    @APIResponse(responseCode = "200", description = "Completeness",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompletenessView.class),
                    examples = @ExampleObject(name = "completeness", value = ApiExamples.COMPLETENESS)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A submitter asking for another unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such published framework, a period that does not fit it, or a unit not in the period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletenessView completeness(@PathParam("frameworkCode") String frameworkCode, @PathParam("period") String period,
                                         @Parameter(description = "A unit's to-do list (a submitter's own unit by default)", example = "48") @QueryParam("unitCode") String unitCode) {
        return values.completeness(frameworkCode, period, unitCode);
    }
}
