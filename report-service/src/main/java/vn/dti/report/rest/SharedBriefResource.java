package vn.dti.report.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.plumbing.openapi.ProblemResponses;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.report.brief.BriefContent;
import vn.dti.report.render.PdfCache;
import vn.dti.report.render.PdfRenderer;
import vn.dti.report.render.Renderer;
import vn.dti.report.repository.ShareLinkRepository;
import vn.dti.report.service.BriefService;
import vn.dti.report.service.ShareLinkService;

/**
 * What a share link opens, without a token: the published brief's HTML (with the brief's strict
 * Content-Security-Policy) or, with {@code ?format=pdf}, its PDF; nothing else. Unknown, expired and
 * revoked links are one and the same 404. Shared pages are not cached and send no Referer onwards.
 */
@Path("/share/{secret}")
@Tag(name = "Share links")
public class SharedBriefResource {

    static final String GONE = """
            {"type": "https://dti.gov.vn/problems/not-found", "title": "Not found", "status": 404,
             "detail": "This link does not open anything: it is unknown, expired or revoked."}""";
    static final String BAD_FORMAT = """
            {"type": "https://dti.gov.vn/problems/bad-request", "title": "Bad request", "status": 400,
             "detail": "format must be html or pdf."}""";

    @Inject
    ShareLinkService links;

    @Inject
    BriefService briefs;

    @Inject
    Renderer renderer;

    @Inject
    PdfRenderer pdf;

    @Inject
    PdfCache pdfs;

    @GET
    @Produces({MediaType.TEXT_HTML, BriefResource.PDF})
    @PermitAll
    @SecurityRequirementsSet
    @Operation(operationId = "openSharedBrief", summary = "Open a shared brief (no token)",
            description = "The URL a share link gave (POST /api/v1/briefs/{id}/links). Serves the published brief's HTML, or its PDF with ?format=pdf, to anybody holding the link, until it expires or is revoked; every answer with the brief counts one open. Unknown, expired and revoked links all answer the same 404. Never serves JSON, Markdown or another brief. Sent with Cache-Control: no-store and Referrer-Policy: no-referrer.")
    @APIResponse(responseCode = "200", description = "The brief's HTML or PDF",
            content = {
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "html", value = ApiExamples.BRIEF_HTML)),
                @Content(mediaType = BriefResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                        examples = @ExampleObject(name = "pdf", value = "%PDF-1.7 …"))})
    @APIResponse(responseCode = "400", description = "format is neither html nor pdf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-format", value = BAD_FORMAT)))
    @APIResponse(responseCode = "404", description = "The link is unknown, expired or revoked (one answer for all three)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = GONE)))
    @APIResponse(responseCode = "406", ref = ProblemResponses.NOT_ACCEPTABLE)
    public Response open(@Parameter(description = "The link's secret (43 characters, base64url)") @PathParam("secret") String secret,
                         @Parameter(description = "html (the default, also when empty) or pdf; anything else is 400") @QueryParam("format") String format) {
        boolean asPdf;
        if (format == null || format.isEmpty() || format.equals("html")) {
            asPdf = false;
        } else if (format.equals("pdf")) {
            asPdf = true;
        } else {
            // checked before the link is looked up, so a bad format says nothing about the link
            throw ProblemException.badRequest("format must be html or pdf.");
        }
        ShareLinkRepository.Opened opened = links.open(secret).orElseThrow(() -> ProblemException.notFound(
                "This link does not open anything: it is unknown, expired or revoked."));
        BriefContent brief = briefs.read(opened.content());
        Response.ResponseBuilder answer;
        if (asPdf) {
            byte[] document = pdfs.get(opened.briefId() + "/" + brief.language(), () -> pdf.pdf(renderer.html(brief)));
            answer = Response.ok(document, BriefResource.PDF)
                    .header("Content-Disposition", "inline; filename=\"brief-" + opened.briefId() + ".pdf\"");
        } else {
            answer = Response.ok(renderer.html(brief), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Content-Security-Policy", BriefResource.HTML_POLICY);
        }
        return answer.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex, nofollow").build();
    }
}
