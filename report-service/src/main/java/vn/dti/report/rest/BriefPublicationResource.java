package vn.dti.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.plumbing.openapi.ProblemResponses;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.security.Roles;
import vn.dti.report.mapping.BriefSummary;
import vn.dti.report.security.Caller;
import vn.dti.report.service.BriefPublicationService;

/** A brief's lifecycle: a brief is made as a DRAFT and published once (DESIGN §12). */
@Path("/api/v1/briefs/{id}/publish")
@Tag(name = "Briefs")
public class BriefPublicationResource {

    static final String PUBLISHED = """
            {"id": "6f1d7c1e-3f3b-4d8e-9a59-2a8d1d3a9b10", "title": "Provincial DTI 2024 meeting brief", "meetingDate": "2025-04-10",
             "frameworkCode": "DTI-PROVINCE", "period": "2024", "comparePeriod": "2023", "language": "en",
             "createdAt": "2025-04-02T07:05:09.871Z", "createdBy": "committee", "standingsVersion": 17, "compareStandingsVersion": 9,
             "dataCutoff": "2025-03-31T16:58:12.004Z", "href": "/api/v1/briefs/6f1d7c1e-3f3b-4d8e-9a59-2a8d1d3a9b10",
             "status": "PUBLISHED", "publishedAt": "2025-04-03T02:11:40.205Z", "publishedBy": "committee"}""";
    static final String ALREADY_PUBLISHED = """
            {"type": "https://dti.gov.vn/problems/already-published", "title": "Brief already published", "status": 409,
             "detail": "Brief 6f1d7c1e-3f3b-4d8e-9a59-2a8d1d3a9b10 was published at 2025-04-03T02:11:40.205Z by committee."}""";
    static final String NOT_FOUND = """
            {"type": "https://dti.gov.vn/problems/not-found", "title": "Not found", "status": 404, "detail": "No brief 6f1d7c1e-3f3b-4d8e-9a59-2a8d1d3a9b10."}""";

    @Inject
    BriefPublicationService publication;

    @Inject
    Caller caller;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "publishBrief", summary = "Publish a draft brief",
            description = "A brief is created as a DRAFT, seen by committee and admin only; publishing makes it readable by every authenticated caller (and shareable by link). Publishing is one-way and happens once: a published brief answers 409 and keeps who published it and when. The brief's content does not change. Any request body is ignored.")
    @APIResponse(responseCode = "200", description = "Published; the brief's list entry with status PUBLISHED, publishedAt and publishedBy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefSummary.class),
                    examples = @ExampleObject(name = "published", value = PUBLISHED)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No such brief",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = NOT_FOUND)))
    @APIResponse(responseCode = "406", ref = ProblemResponses.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "409", description = "The brief is published already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "already-published", value = ALREADY_PUBLISHED)))
    public BriefSummary publish(@PathParam("id") String id) {
        return publication.publish(id, caller.name());
    }
}
