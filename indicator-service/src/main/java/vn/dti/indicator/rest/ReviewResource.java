package vn.dti.indicator.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.indicator.mapping.ReviewOutcome;
import vn.dti.indicator.mapping.ReviewView;
import vn.dti.indicator.service.ReviewInput;
import vn.dti.indicator.service.ReviewService;
import vn.dti.plumbing.openapi.ProblemResponses;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.security.Roles;

@Path("/api/v1/reviews/{frameworkCode}/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Verification of submitted data before it counts in the approved standings")
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @GET
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN})
    @Operation(operationId = "listReviews", summary = "Review status of every unit of a framework and period",
            description = "Per unit of the framework's type valid on the period's last day: NOT_SUBMITTED, SUBMITTED, APPROVED "
                    + "or RETURNED, the latest submission (the one a decision must name), its warnings, and the latest decision "
                    + "(reviewer, time, comment, value comments). Reviewers and admins see every unit; a submitter its own unit only.")
    @APIResponse(responseCode = "200", description = "The review state per unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class),
                    examples = @ExampleObject(name = "reviews", value = ApiExamples.REVIEWS)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A role that may not read reviews, or a submitter token without a unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such published framework, or a period that does not fit it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewView list(@Parameter(example = "DTI-PROVINCE") @PathParam("frameworkCode") String frameworkCode,
                           @Parameter(example = "2024") @PathParam("period") String period) {
        return reviews.list(frameworkCode, period);
    }

    @POST
    @Path("/{unitCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(operationId = "decideReview", summary = "Approve or return a unit's latest submission",
            description = "APPROVE counts the submission's values in the approved standings (the default basis of a framework with "
                    + "requireApproval); RETURN sends it back with a comment, and the values approved before keep counting. "
                    + "submissionId must be the series' latest submission (409 otherwise: the reviewer saw stale data). "
                    + "Emits dti.review.decided.v1. Nothing is stored on a refusal.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewInput.class),
            examples = @ExampleObject(name = "return", value = ApiExamples.REVIEW_REQUEST)))
    @APIResponse(responseCode = "200", description = "Decided: the series' new status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewOutcome.class),
                    examples = @ExampleObject(name = "returned", value = ApiExamples.REVIEW_OUTCOME)))
    @APIResponse(responseCode = "400", description = "The body is not well-formed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No such published framework, period or unit, or the unit has no submission to review",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "submissionId is not the series' latest submission",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", description = "Invalid decision (unknown field, RETURN without a comment...), with a pointer per problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewOutcome decide(@Parameter(example = "DTI-PROVINCE") @PathParam("frameworkCode") String frameworkCode,
                                @Parameter(example = "2024") @PathParam("period") String period,
                                @Parameter(example = "48") @PathParam("unitCode") String unitCode, JsonNode body) {
        return reviews.decide(frameworkCode, period, unitCode, body);
    }
}
