package vn.dti.report.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import vn.dti.plumbing.problem.Text;
import vn.dti.plumbing.security.Roles;
import vn.dti.report.brief.BriefContent;
import vn.dti.report.mapping.BriefSummary;
import vn.dti.report.render.PdfCache;
import vn.dti.report.render.PdfRenderer;
import vn.dti.report.render.Renderer;
import vn.dti.report.repository.BriefRepository;
import vn.dti.report.security.Caller;
import vn.dti.report.service.BriefRequest;
import vn.dti.report.service.BriefService;

@Path("/api/v1/briefs")
@Tag(name = "Briefs", description = "Committee meeting briefs: immutable snapshots of the standings, targets and reporting of a period")
public class BriefResource {

    static final String MARKDOWN = "text/markdown";
    static final String PDF = "application/pdf";
    /**
     * The HTML brief is self-contained: inline styles and inline SVG, no script, no request to
     * anywhere. The policy says exactly that, so a value that slipped through escaping could still
     * not run or load anything.
     */
    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** What GET /briefs/{id} can answer, in the order preferred when the client accepts several equally. */
    static final List<MediaType> REPRESENTATIONS = List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE,
            MediaType.valueOf(MARKDOWN), MediaType.valueOf(PDF));

    @Inject
    BriefService briefs;

    @Inject
    BriefRepository repository;

    @Inject
    Renderer renderer;

    @Inject
    PdfRenderer pdf;

    @Inject
    PdfCache pdfs;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "createBrief", summary = "Create a brief",
            description = "Assembles a brief of a (framework, period) from the service's read model (the latest standings received, the current values, the framework's targets) and stores it as an immutable snapshot: re-reading it always gives the same content; a brief created later reflects newer data. comparePeriod (optional) must be an earlier period of the same framework. With releaseId (a release of that framework and period, dti.release.published.v1) every figure comes from the release instead: its standings, and per unit the values of the submissions it names; the comparison then uses the compare period's latest release, or its latest standings when it has none; the brief names the release (JSON `release`, with every unit's submissions) and says so in its text. Works while the other services are down.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BriefRequest.class),
            examples = @ExampleObject(name = "brief", value = ApiExamples.BRIEF_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; the body is the brief's JSON",
            headers = @Header(name = "Location", description = "The new brief"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefContent.class),
                    examples = @ExampleObject(name = "brief", value = ApiExamples.BRIEF)))
    @APIResponse(responseCode = "400", description = "The body is not well-formed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "malformed", value = ApiExamples.MALFORMED)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "413", ref = ProblemResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", description = "Invalid request (unknown framework, no standings for the period yet, bad language or date, title missing or too long, releaseId unknown or of another framework or period…), with a JSON Pointer per problem; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION_PROBLEM)))
    public Response create(String body) {
        // a body without Content-Type is 415 before this runs (plumbing's ContentTypeRequired)
        BriefService.Created created = briefs.create(JsonBodies.read(json, body, "a JSON brief request"), caller.name());
        return Response.created(URI.create("/api/v1/briefs/" + created.id())).type(MediaType.APPLICATION_JSON)
                .entity(created.content()).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "listBriefs", summary = "List briefs, newest first",
            description = "Published briefs may be read by any authenticated caller (docs/contract.md §3); drafts are listed for committee and admin only, and left out (not counted) for everybody else.")
    @APIResponse(responseCode = "200", description = "A page of briefs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefSummary.Page.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-page", value = ApiExamples.BAD_PAGE)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    public BriefSummary.Page list(@Parameter(description = "Only briefs of this framework") @QueryParam("frameworkCode") String frameworkCode,
                                  @Parameter(description = "Only briefs of this period") @QueryParam("period") String period,
                                  @Parameter(description = "0-based, default 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") String pageParam,
                                  @Parameter(description = "1 to 200, default 20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")) @QueryParam("size") String sizeParam) {
        for (String filter : new String[] {frameworkCode, period}) {
            if (filter != null && Text.firstInvalid(filter, false) >= 0) {
                throw ProblemException.badRequest("frameworkCode and period must not contain control characters.");
            }
        }
        int page = integer(pageParam, 0, "page");
        int size = integer(sizeParam, 20, "size");
        if (page < 0 || size < 1 || size > 200) {
            throw ProblemException.badRequest("page must be >= 0 and size between 1 and 200.");
        }
        var result = repository.page(blankToNull(frameworkCode), blankToNull(period), caller.readsDrafts(), page, size);
        List<BriefSummary> items = result.getKey().stream().map(BriefSummary::of).toList();
        return new BriefSummary.Page(items, page, size, result.getValue());
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MARKDOWN, PDF})
    @Authenticated
    @Operation(operationId = "getBrief", summary = "Get a brief (JSON; HTML, Markdown or PDF by Accept)",
            description = "The JSON is byte-for-byte what was stored at creation. The same URL also negotiates on Accept: text/html (a self-contained printable page with inline SVG charts), text/markdown, application/pdf (A4, fonts embedded); anything else is 406. For a generated client, each format is also its own operation (getBriefHtml, getBriefMarkdown, getBriefPdf), one method per format. Published briefs may be read by any authenticated caller (docs/contract.md §3); a draft only by committee and admin: for anybody else it is 404, exactly like an id that does not exist.")
    @APIResponse(responseCode = "200", description = "The brief in the negotiated format (JSON first: a generated client that accepts all of them gets the JSON)",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefContent.class),
                        examples = @ExampleObject(name = "json", value = ApiExamples.BRIEF)),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "html", value = ApiExamples.BRIEF_HTML)),
                @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "markdown", value = ApiExamples.BRIEF_MARKDOWN)),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                        examples = @ExampleObject(name = "pdf", value = "%PDF-1.7 …"))})
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such brief, or a draft and the caller is neither committee nor admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "406", ref = ProblemResponses.NOT_ACCEPTABLE)
    public Response get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                        @Context HttpHeaders headers) {
        return representation(id, negotiate(headers.getAcceptableMediaTypes()));
    }

    @GET
    @Path("/{id}/html")
    // no @Produces: this format whatever the Accept (a generated client may ask for its error type only)
    @Authenticated
    @Operation(operationId = "getBriefHtml", summary = "Download a brief as HTML",
            description = "A self-contained printable page (inline styles and SVG charts, no script, nothing loaded from elsewhere), UTF-8; the same as GET /briefs/{id} with Accept: text/html. A generated client receives it as text (a String).")
    @APIResponse(responseCode = "200", description = "The brief as an HTML page (UTF-8)",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "html", value = ApiExamples.BRIEF_HTML)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such brief",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public Response html(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return representation(id, MediaType.TEXT_HTML_TYPE);
    }

    @GET
    @Path("/{id}/markdown")
    // no @Produces: this format whatever the Accept (a generated client may ask for its error type only)
    @Authenticated
    @Operation(operationId = "getBriefMarkdown", summary = "Download a brief as Markdown",
            description = "The brief as CommonMark text, UTF-8; the same as GET /briefs/{id} with Accept: text/markdown. A generated client receives it as text (a String).")
    @APIResponse(responseCode = "200", description = "The brief as Markdown (UTF-8)",
            content = @Content(mediaType = MARKDOWN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "markdown", value = ApiExamples.BRIEF_MARKDOWN)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such brief",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public Response markdown(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return representation(id, MediaType.valueOf(MARKDOWN));
    }

    @GET
    @Path("/{id}/pdf")
    // no @Produces: this format whatever the Accept (a generated client may ask for its error type only)
    @Authenticated
    @Operation(operationId = "getBriefPdf", summary = "Download a brief as PDF",
            description = "A4, fonts embedded; the same as GET /briefs/{id} with Accept: application/pdf. Bytes (format binary): a generated client receives a file or bytes (Java apache-httpclient: File; TypeScript: Blob).")
    @APIResponse(responseCode = "200", description = "The brief as a PDF document",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "pdf", value = "%PDF-1.7 …")))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No such brief",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public Response pdf(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return representation(id, MediaType.valueOf(PDF));
    }

    private Response representation(String id, MediaType type) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No brief " + id + ".");
        }
        // a draft is not found for a caller who may not read drafts: 404, not 403, so its existence does not leak
        String content = repository.content(uuid, caller.readsDrafts()).orElseThrow(() -> ProblemException.notFound("No brief " + id + "."));
        if (type.equals(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(content, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        }
        BriefContent brief = briefs.read(content);
        if (type.equals(MediaType.TEXT_HTML_TYPE)) {
            return Response.ok(renderer.html(brief), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Content-Security-Policy", HTML_POLICY).build();
        }
        if (type.getSubtype().equals("markdown")) {
            return Response.ok(renderer.markdown(brief).getBytes(StandardCharsets.UTF_8), MARKDOWN + "; charset=UTF-8").build();
        }
        // immutable: rendered once, then served from memory (PdfCache)
        byte[] document = pdfs.get(uuid + "/" + brief.language(), () -> pdf.pdf(renderer.html(brief)));
        return Response.ok(document, PDF)
                .header("Content-Disposition", "inline; filename=\"brief-" + uuid + ".pdf\"").build();
    }

    /** The first of our representations the client accepts, by its Accept order (quality first); JSON for wildcards. */
    static MediaType negotiate(List<MediaType> acceptable) {
        if (acceptable == null || acceptable.isEmpty()) {
            return MediaType.APPLICATION_JSON_TYPE;
        }
        for (MediaType accepted : acceptable) {
            for (MediaType offered : REPRESENTATIONS) {
                if (accepted.isCompatible(offered)) {
                    return offered;
                }
            }
        }
        throw new NotAcceptableException();
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }


}
