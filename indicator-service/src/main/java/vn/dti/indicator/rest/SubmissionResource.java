package vn.dti.indicator.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.indicator.mapping.SubmissionBatch;
import vn.dti.indicator.mapping.SubmissionPage;
import vn.dti.indicator.mapping.SubmissionView;
import vn.dti.plumbing.openapi.ProblemResponses;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.security.Roles;
import vn.dti.indicator.service.AtomicMode;
import vn.dti.indicator.service.SubmissionInput;
import vn.dti.indicator.service.SubmissionIntake;
import vn.dti.indicator.service.SubmissionService;

@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions", description = "Indicator values pushed by provinces and ministries")
public class SubmissionResource {

    static final String CSV = SubmissionIntake.CSV;
    static final String ATOMIC_MODE = "ALL (default): nothing is stored if anything is wrong. NONE: every valid (unit, framework, period) "
            + "group of a multi-unit CSV is stored and the refused ones are listed in conflicts (200 when some were refused); "
            + "the answer is then always a SubmissionBatch. Anything else is 400.";
    static final String IDEMPOTENCY_KEY = "Makes retries safe: the same key and body answer the original response (Idempotent-Replayed: true); the key with another body is 422 idempotency-key-reused. Kept 30 days (DTI_RETENTION_IDEMPOTENCY_KEYS_AGE), then free again";

    @Inject
    SubmissionIntake intake;

    @Inject
    SubmissionService submissions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUBMITTER, Roles.ADMIN})
    @Operation(operationId = "createSubmission", summary = "Submit indicator values (JSON)",
            description = "A submitter may submit for the unit of its token only. A later value for the same (unit, framework, period, indicator) supersedes the earlier one; history is kept. Emits dti.submission.accepted.v1. "
                    + "The answer carries summary {imported, updated, unchanged, ignored} and warnings [{pointer, code, detail}] (WARNING rules, OUTLIER, SUDDEN_CHANGE); "
                    + "a 422 lists every problem of the request, the framework's ERROR rules included (code = rule code). "
                    + "After the period's closesAt only an admin may submit, with correctionReason (the submission is flagged correction: true).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmissionInput.class),
            examples = @ExampleObject(name = "submission", value = ApiExamples.SUBMISSION_REQUEST)))
    @APIResponse(responseCode = "200", description = "Dry run (?dryRun=true): valid; this is what would be stored, with its summary and warnings. Nothing was stored or emitted.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class),
                    examples = @ExampleObject(name = "dry-run", value = ApiExamples.DRY_RUN)))
    @APIResponse(responseCode = "201", description = "Accepted and stored. A replay of an Idempotency-Key answers the original 201 again with Idempotent-Replayed: true.",
            headers = {@Header(name = "Location", description = "The new submission"),
                       @Header(name = "Idempotent-Replayed", description = "true when this is a stored answer replayed")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {SubmissionView.class, SubmissionBatch.class}),
                    examples = @ExampleObject(name = "accepted", value = ApiExamples.SUBMISSION)))
    @APIResponse(responseCode = "400", description = "The body is not well-formed JSON, or an unknown atomicMode / dryRun",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed", value = ApiExamples.MALFORMED)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "The token may not submit for this unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
    @APIResponse(responseCode = "409", description = "The period is closed (only an admin may correct it, with correctionReason)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "closed", value = ApiExamples.PERIOD_CLOSED)))
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", description = "Invalid request, with a JSON Pointer per problem; or an Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "invalid", value = ApiExamples.VALIDATION_PROBLEM),
                            @ExampleObject(name = "idempotency-key-reused", value = ApiExamples.IDEMPOTENCY_REUSED)}))
    public Response submitJson(byte[] body,
                               @Parameter(description = IDEMPOTENCY_KEY, example = "dn-2024-01") @HeaderParam("Idempotency-Key") String key,
                               @Parameter(description = "Validate only; store and emit nothing", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
                               @Parameter(description = "A JSON body is one (unit, framework, period) group, stored whole or refused whole whatever the mode; "
                                       + "ALL or NONE is accepted (anything else is 400), and the answer is always one submission. Partial imports: POST /submissions/csv",
                                       schema = @Schema(enumeration = {"ALL", "NONE"}, defaultValue = "ALL")) @QueryParam("atomicMode") String atomicMode,
                               @Parameter(hidden = true) @HeaderParam("Content-Type") String contentType,
                               @Context UriInfo uri) {
        boolean dry = flag(uri);
        AtomicMode.parse(atomicMode); // validated; one group: ALL and NONE store the same, and ALL answers one submission
        return answer(intake.submit(SubmissionIntake.JSON, BodyText.decode(body, contentType, false), key, dry, AtomicMode.ALL));
    }

    /**
     * The same CSV upload on {@code POST /submissions} (DESIGN §5): kept working, but left out of the
     * document, where one operation can carry one usable request body; {@code POST /submissions/csv}
     * documents it (docs/api.md).
     */
    @POST
    @Consumes({CSV, "application/csv"})
    @RolesAllowed({Roles.SUBMITTER, Roles.ADMIN})
    @Operation(hidden = true)
    public Response submitCsvOnCollection(byte[] body, @HeaderParam("Idempotency-Key") String key,
                                          @HeaderParam("Correction-Reason") String correctionReason,
                                          @QueryParam("dryRun") String dryRun, @QueryParam("atomicMode") String atomicMode,
                                          @HeaderParam("Content-Type") String contentType, @Context UriInfo uri) {
        boolean dry = flag(uri);
        AtomicMode mode = AtomicMode.parse(atomicMode);
        return answer(intake.submit(CSV, BodyText.decode(body, contentType, true), key, dry, mode, correctionReason));
    }

    @POST
    @Path("/csv")
    @Consumes({CSV, "application/csv"})
    @RolesAllowed({Roles.SUBMITTER, Roles.ADMIN})
    @Operation(operationId = "createSubmissionCsv", summary = "Submit indicator values (CSV)",
            description = "POST /submissions with a text/csv body, as its own operation so a generated client has a method for it; the answer is always a SubmissionBatch {submissions, summary, warnings, conflicts}. "
                    + "Header unit_code,framework_code,period,indicator_code,value,note; or, when the header line has a ';', ';'-separated with ',' as the decimal mark (a spreadsheet export). "
                    + "A UTF-8 byte order mark is ignored; a charset parameter other than UTF-8 (windows-1258, ISO-8859-1, UTF-16...) is converted, an unknown one is 415, bytes invalid in it 400. "
                    + "Rows are grouped into one submission per (unit, framework, period); all are stored or none (atomicMode=ALL), or every valid group (atomicMode=NONE, 200 when some were refused). "
                    + "Pointers in errors are /rows/<n>/<column>, n counting data rows from 0 (file line n + 2).")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = ApiExamples.SUBMISSION_CSV)))
    @APIResponse(responseCode = "200", description = "Dry run: valid; nothing stored. Or atomicMode=NONE: the valid groups were stored, the refused ones are in conflicts.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionBatch.class),
                    examples = @ExampleObject(name = "dry-run", value = ApiExamples.CSV_DRY_RUN)))
    @APIResponse(responseCode = "201", description = "Accepted and stored: {submissions: [...]}, one per (unit, framework, period) of the rows, even for one. A replay of an Idempotency-Key answers the original 201 again with Idempotent-Replayed: true.",
            headers = {@Header(name = "Location", description = "The (first) new submission"),
                       @Header(name = "Idempotent-Replayed", description = "true when this is a stored answer replayed")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionBatch.class),
                    examples = @ExampleObject(name = "accepted", value = ApiExamples.CSV_ACCEPTED)))
    @APIResponse(responseCode = "400", description = "Bytes invalid in the declared charset, or an unknown atomicMode / dryRun",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A row is for a unit the token may not submit for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forbidden", value = ApiExamples.FORBIDDEN)))
    @APIResponse(responseCode = "409", description = "The period is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "closed", value = ApiExamples.PERIOD_CLOSED)))
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", description = "Invalid rows, with pointers (every problem of the file at once); an admin's correction without a reason; or an Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "idempotency-key-reused", value = ApiExamples.IDEMPOTENCY_REUSED)))
    public Response submitCsv(byte[] body,
                              @Parameter(description = IDEMPOTENCY_KEY, example = "dn-2024-01") @HeaderParam("Idempotency-Key") String key,
                              @Parameter(description = "After the period's closesAt: an admin's correction needs this reason; the submission is flagged correction: true")
                              @HeaderParam("Correction-Reason") String correctionReason,
                              @Parameter(description = "Validate only; store and emit nothing", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
                              @Parameter(description = ATOMIC_MODE, schema = @Schema(enumeration = {"ALL", "NONE"}, defaultValue = "ALL")) @QueryParam("atomicMode") String atomicMode,
                              @Parameter(hidden = true) @HeaderParam("Content-Type") String contentType,
                              @Context UriInfo uri) {
        boolean dry = flag(uri);
        AtomicMode mode = AtomicMode.parse(atomicMode);
        SubmissionService.Outcome outcome = intake.submit(CSV, BodyText.decode(body, contentType, true), key, dry, mode, correctionReason);
        // one shape whatever the rows hold, so a generated client reads it as one type
        com.fasterxml.jackson.databind.JsonNode answer = outcome.body();
        if (answer != null && !answer.has("submissions")) {
            com.fasterxml.jackson.databind.node.ObjectNode batch = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            batch.putArray("submissions").add(answer);
            batch.set("summary", answer.get("summary"));
            batch.set("warnings", answer.has("warnings") ? answer.get("warnings") : batch.arrayNode());
            batch.putArray("conflicts");
            answer = batch;
        }
        return answer(new SubmissionService.Outcome(outcome.status(), answer, outcome.location(), outcome.replayed()));
    }

    /**
     * A typo must not turn a dry run into a real submission: {@code dryRun}, {@code dryRun=} and
     * {@code dryRun=true} are a dry run, {@code dryRun=false} or no parameter a write, anything else
     * (or the parameter twice with different values) is 400. Read from the raw query string, so a
     * parameter without a value is never mistaken for an absent one.
     */
    static boolean flag(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        if (query != null) {
            try {
                return flag(query);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("The query string is not well-formed (percent-encoding).");
            }
        }
        return false;
    }

    private static boolean flag(String query) {
        Boolean flag = null;
        {
            // ProblemException is a RuntimeException, not an IllegalArgumentException: it passes through
            for (String part : query.split("&")) {
                int eq = part.indexOf('=');
                String name = java.net.URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
                if (!name.equals("dryRun")) {
                    continue;
                }
                String value = eq < 0 ? "" : java.net.URLDecoder.decode(part.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
                boolean f;
                if (value.isEmpty() || value.equalsIgnoreCase("true")) {
                    f = true;
                } else if (value.equalsIgnoreCase("false")) {
                    f = false;
                } else {
                    throw ProblemException.badRequest("dryRun must be true or false (dryRun alone means true).");
                }
                if (flag != null && flag != f) {
                    throw ProblemException.badRequest("dryRun is given twice with different values.");
                }
                flag = f;
            }
        }
        return flag != null && flag;
    }

    static int integer(String value, int dflt, String name) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a whole number.");
        }
    }

    private Response answer(SubmissionService.Outcome outcome) {
        Response.ResponseBuilder r = Response.status(outcome.status()).entity(outcome.body()).type(MediaType.APPLICATION_JSON);
        if (outcome.location() != null) {
            r.location(URI.create(outcome.location()));
        }
        if (outcome.replayed()) {
            r.header("Idempotent-Replayed", "true");
        }
        return r.build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN})
    @Operation(operationId = "getSubmission", summary = "Get a submission", description = "Submitters see their own unit's submissions only.")
    @APIResponse(responseCode = "200", description = "The submission",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class),
                    examples = @ExampleObject(name = "submission", value = ApiExamples.SUBMISSION)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Another unit's submission, or a role that may not read submissions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such submission",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubmissionView get(@Parameter(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return submissions.find(id);
    }

    @GET
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN})
    @Operation(operationId = "listSubmissions", summary = "Search submissions, newest first", description = "Submitters see their own unit only (unitCode defaults to it).")
    @APIResponse(responseCode = "200", description = "A page of submissions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionPage.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.SUBMISSION_PAGE)))
    @APIResponse(responseCode = "400", description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Another unit's submissions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubmissionPage search(@QueryParam("unitCode") String unitCode,
                                 @QueryParam("frameworkCode") String frameworkCode,
                                 @QueryParam("period") String period,
                                 @Parameter(description = "0-based, default 0", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String pageParam,
                                 @Parameter(description = "1 to 200, default 20", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) @QueryParam("size") String sizeParam) {
        return submissions.search(unitCode, frameworkCode, period, integer(pageParam, 0, "page"),
                integer(sizeParam, vn.dti.indicator.limits.Limits.PAGE_SIZE_DEFAULT, "size"));
    }
}
