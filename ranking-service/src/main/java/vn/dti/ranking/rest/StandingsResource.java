package vn.dti.ranking.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.dti.plumbing.openapi.ProblemResponses;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.security.Roles;
import vn.dti.ranking.mapping.ProfileView;
import vn.dti.ranking.mapping.RestatedStandingsView;
import vn.dti.ranking.mapping.SensitivityView;
import vn.dti.ranking.mapping.StandingsVersionPage;
import vn.dti.ranking.mapping.StandingsView;
import vn.dti.ranking.repository.StandingsRepository.Key;
import vn.dti.ranking.security.Caller;
import vn.dti.ranking.service.ProfileService;
import vn.dti.ranking.service.ReleaseService;
import vn.dti.ranking.service.RestatementService;
import vn.dti.ranking.service.Snapshot;
import vn.dti.ranking.service.StandingsService;

@Path("/api/v1/standings/{frameworkCode}/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Standings", description = "Live standings, unit profiles and rank sensitivity")
public class StandingsResource {

    static final int MAX_RUNS = 10_000;
    static final int MAX_PAGE_SIZE = 200;
    static final String VERSION_PARAMETER = "A standings version (a positive whole number; versions are numbered per basis): that version "
            + "instead of the latest. Ranked by the root, its body exactly as first served; otherwise computed from its stored inputs. "
            + "404 for a version that never existed, 410 for one dropped by the retention policy.";

    @Inject
    StandingsService standings;

    @Inject
    ProfileService profiles;

    @Inject
    RestatementService restatements;

    @Inject
    Caller caller;

    @Inject
    ReleaseService releases;

    @GET
    @RolesAllowed("**")
    @Operation(operationId = "getStandings", summary = "Current standings of a framework and period",
            description = "Every unit of the framework's type valid on the period's last day, reported or not, ranked by the root "
                    + "(or by `node`). Ranks are standard competition ranks (1, 2, 2, 4) on the score rounded to the framework's "
                    + "rankPrecision. Ranked by the root, the body equals the latest dti.standings.recomputed.v1 payload. With `version`, "
                    + "that version: ranked by the root, byte for byte as first served; by a node, computed from its stored inputs.")
    @APIResponse(responseCode = "200", description = "The standings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandingsView.class),
                    examples = @ExampleObject(name = "standings", value = ApiExamples.STANDINGS)))
    @APIResponse(responseCode = "400", description = "basis is neither submitted nor approved, or version is not a positive whole number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad basis", value = ApiExamples.BAD_BASIS),
                            @ExampleObject(name = "bad version", value = ApiExamples.BAD_VERSION)}))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No standings for this framework and period, no such node, or no such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "unknown", value = ApiExamples.NOT_FOUND),
                            @ExampleObject(name = "unknown node", value = ApiExamples.UNKNOWN_NODE),
                            @ExampleObject(name = "unknown version", value = ApiExamples.UNKNOWN_VERSION)}))
    @APIResponse(responseCode = "410", description = "The version was dropped by the retention policy (never another version instead)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "dropped version", value = ApiExamples.VERSION_GONE)))
    public Response standings(@PathParam("frameworkCode") String frameworkCode, @PathParam("period") String period,
                              @Parameter(description = "Code of the node to rank by (a pillar, an index, an indicator); default the root",
                                      example = "DG_ACTIVITY") @QueryParam("node") String node,
                              @Parameter(description = "Which values count: approved (only approved submissions; the default for a framework with requireApproval) or submitted (every accepted value, provisional; the default otherwise). A framework without requireApproval has one basis.",
                                      schema = @Schema(enumeration = {"submitted", "approved"})) @QueryParam("basis") String basis,
                              @Parameter(description = VERSION_PARAMETER, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
                              @QueryParam("version") String versionParam) {
        Key key = new Key(frameworkCode, period);
        Integer version = version(versionParam);
        String b = standings.basis(frameworkCode, basis(basis));
        if (node == null || node.isBlank()) {
            if (version != null) {
                // the body of that version exactly as first served
                return Response.ok(standings.versionBody(key, b, version), MediaType.APPLICATION_JSON).build();
            }
            // the stored body of the latest version: no recomputation on the hot path
            String body = standings.latestBody(key, b).orElseThrow(() -> notFound(frameworkCode, period));
            return Response.ok(body, MediaType.APPLICATION_JSON).build();
        }
        Snapshot s = version == null ? profiles.snapshot(frameworkCode, period, b) : profiles.snapshot(frameworkCode, period, b, version);
        return Response.ok(profiles.byNode(s, node.trim())).build();
    }

    @GET
    @Path("/versions")
    @RolesAllowed("**")
    @Operation(operationId = "listStandingsVersions", summary = "Every standings version of a framework and period, newest first",
            description = "Any authenticated caller. Each version's number, when it was computed, its basis and inputsWatermark (how "
                    + "many input changes it counts). Every version stays readable with `GET /standings/{frameworkCode}/{period}?version=N` "
                    + "until the retention policy drops it (an unreleased version that is not the latest, older than the configured "
                    + "age); a dropped version stays listed with `droppedAt` and answers 410. Without `basis`, the versions of both bases.")
    @APIResponse(responseCode = "200", description = "A page of versions, newest first (a page beyond the last is empty)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandingsVersionPage.class),
                    examples = @ExampleObject(name = "versions", value = ApiExamples.VERSIONS)))
    @APIResponse(responseCode = "400", description = "basis is neither submitted nor approved, or page or size out of range (the parameter is named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad size", value = ApiExamples.BAD_PAGE_SIZE)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No standings for this framework and period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiExamples.NOT_FOUND)))
    public StandingsVersionPage versions(@PathParam("frameworkCode") String frameworkCode, @PathParam("period") String period,
                                         @Parameter(description = "Only the versions of this basis (submitted or approved); default both. A framework without requireApproval has one basis.",
                                                 schema = @Schema(enumeration = {"submitted", "approved"})) @QueryParam("basis") String basis,
                                         @Parameter(description = "0-based, default 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
                                         @QueryParam("page") String pageParam,
                                         @Parameter(description = "1 to 200, default 20", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "200", defaultValue = "20"))
                                         @QueryParam("size") String sizeParam) {
        String requested = basis(basis);
        String b = requested == null ? null : standings.basis(frameworkCode, requested);
        int page = whole(pageParam, "page", 0, 0, Integer.MAX_VALUE);
        int size = whole(sizeParam, "size", 20, 1, MAX_PAGE_SIZE);
        StandingsService.VersionList list = standings.versions(new Key(frameworkCode, period), b, page, size);
        if (list.total() == 0) {
            throw notFound(frameworkCode, period);
        }
        return new StandingsVersionPage(list.items().stream()
                .map(v -> new StandingsVersionPage.Item(v.version(), v.computedAt(), v.basis(), v.inputsWatermark(), v.droppedAt()))
                .toList(), page, size, list.total());
    }

    @GET
    @Path("/official")
    @RolesAllowed("**")
    @Operation(operationId = "getOfficialStandings", summary = "The official standings: those of the latest release",
            description = "Any authenticated caller. The standings body of the latest revision released for the framework and "
                    + "period (POST /releases), byte for byte as it was served when released; 404 before the first release.")
    @APIResponse(responseCode = "200", description = "The standings of the latest revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandingsView.class),
                    examples = @ExampleObject(name = "standings", value = ApiExamples.STANDINGS)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "Nothing released yet for this framework and period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not released", value = ApiExamples.NOT_RELEASED)))
    public Response official(@PathParam("frameworkCode") String frameworkCode, @PathParam("period") String period) {
        String body = releases.official(frameworkCode, period).orElseThrow(() -> ProblemException.notFound(
                frameworkCode + " " + period + " has not been released yet."));
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/restated")
    @RolesAllowed("**")
    @Operation(operationId = "getRestatedStandings", summary = "The standings of a period restated on the units valid on a later date",
            description = "The standings of `period` on the units valid on `asOf` (e.g. 2024 on the 34 provinces of 2025-07-01), under the "
                    + "rule MEAN_OF_PREDECESSORS: a unit created by a merger scores, at every node, the plain mean of its predecessors' "
                    + "scores in the period; an unchanged unit keeps its score. Lineage is followed over any number of boundary changes "
                    + "back to the units of the period. Ranks are standard competition ranks (1, 2, 2, 4) on the restated score rounded "
                    + "to the framework's rankPrecision. Each entry names its `predecessors`. Any authenticated caller.")
    @APIResponse(responseCode = "200", description = "The restated standings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RestatedStandingsView.class),
                    examples = @ExampleObject(name = "restated", value = ApiExamples.RESTATED)))
    @APIResponse(responseCode = "400", description = "asOf is missing or not a date, or basis is neither submitted nor approved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad asOf", value = ApiExamples.BAD_AS_OF),
                            @ExampleObject(name = "bad basis", value = ApiExamples.BAD_BASIS)}))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", description = "No standings for this framework and period, no such node, or a unit valid on asOf "
            + "has no lineage to the period's units (the detail names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "unknown", value = ApiExamples.NOT_FOUND),
                            @ExampleObject(name = "no lineage", value = ApiExamples.NO_LINEAGE),
                            @ExampleObject(name = "unknown node", value = ApiExamples.UNKNOWN_NODE)}))
    public RestatedStandingsView restated(@PathParam("frameworkCode") String frameworkCode, @PathParam("period") String period,
                                          @Parameter(description = "The date whose units the table is on (ISO 8601 date)", required = true,
                                                  example = "2025-07-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
                                          @QueryParam("asOf") String asOf,
                                          @Parameter(description = "Code of the node to rank by (a pillar, an index, an indicator); default the root",
                                                  example = "DG_ACTIVITY") @QueryParam("node") String node,
                                          @Parameter(description = "Which values count: approved (only approved submissions; the default for a framework with requireApproval) or submitted (every accepted value, provisional; the default otherwise). A framework without requireApproval has one basis.",
                                                  schema = @Schema(enumeration = {"submitted", "approved"})) @QueryParam("basis") String basis) {
        LocalDate date = asOf(asOf);
        String b = basis(basis);
        Snapshot s = profiles.snapshot(frameworkCode, period, b);
        return restatements.restated(s, date, node == null || node.isBlank() ? null : node.trim());
    }

    @GET
    @Path("/units/{unitCode}")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getUnitProfile", summary = "A unit's profile: score and rank at every node, indicators, strengths and weaknesses",
            description = "Raw value, normalised score and contribution to the root of every indicator (contributions add up "
                    + "to the score); the 3 indicators furthest above and below the median of all units; with `compareTo`, "
                    + "the rank and score change split by node. Each indicator names the submissionId its raw value came from "
                    + "(provenance). With `version`, the profile at that standings version. Committee, reviewers and admins read "
                    + "every unit; a submitter only its own unit (token claim `unit`).")
    @APIResponse(responseCode = "200", description = "The profile, based on the named standings version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileView.class),
                    examples = @ExampleObject(name = "profile", value = ApiExamples.PROFILE)))
    @APIResponse(responseCode = "400", description = "compareTo is not a period, basis is neither submitted nor approved, or version is not a positive whole number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad compareTo", value = ApiExamples.BAD_COMPARE),
                            @ExampleObject(name = "bad version", value = ApiExamples.BAD_VERSION)}))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A submitter asking for another unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "another unit", value = ApiExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No standings for this framework and period (or compareTo), the unit is not ranked in them, or no such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "unknown", value = ApiExamples.NOT_FOUND),
                            @ExampleObject(name = "unknown version", value = ApiExamples.UNKNOWN_VERSION)}))
    @APIResponse(responseCode = "410", description = "The version was dropped by the retention policy",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "dropped version", value = ApiExamples.VERSION_GONE)))
    public ProfileView profile(@PathParam("frameworkCode") String frameworkCode, @PathParam("period") String period,
                               @PathParam("unitCode") String unitCode,
                               @Parameter(description = "A period of the same framework (2023) or FRAMEWORK/PERIOD", example = "2023")
                               @QueryParam("compareTo") String compareTo,
                               @Parameter(description = "Which values count: approved (only approved submissions; the default for a framework with requireApproval) or submitted (every accepted value, provisional; the default otherwise). A framework without requireApproval has one basis.",
                                      schema = @Schema(enumeration = {"submitted", "approved"})) @QueryParam("basis") String basis,
                               @Parameter(description = VERSION_PARAMETER, schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
                               @QueryParam("version") String versionParam) {
        String b = basis(basis);
        Integer version = version(versionParam);
        caller.requireProfileOf(unitCode);
        Snapshot s = version == null ? profiles.snapshot(frameworkCode, period, b) : profiles.snapshot(frameworkCode, period, b, version);
        return profiles.profile(s, unitCode, compareTo == null || compareTo.isBlank() ? null : compareTo.trim());
    }

    @GET
    @Path("/sensitivity")
    @RolesAllowed({Roles.REVIEWER, Roles.COMMITTEE, Roles.ADMIN})
    @Operation(operationId = "getSensitivity", summary = "Rank intervals when the weights are perturbed at random",
            description = "In each run every node weight is multiplied by a factor drawn uniformly from [1 - weightNoise, "
                    + "1 + weightNoise]; per unit the median rank and the 5th-95th percentile ranks. The same seed gives the "
                    + "same answer for the same standings version.")
    @APIResponse(responseCode = "200", description = "Rank intervals per unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SensitivityView.class),
                    examples = @ExampleObject(name = "sensitivity", value = ApiExamples.SENSITIVITY)))
    @APIResponse(responseCode = "400", description = "runs, seed or weightNoise out of range (the parameter is named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad runs", value = ApiExamples.BAD_PARAMETER)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN_ROLE)
    @APIResponse(responseCode = "404", description = "No standings for this framework and period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiExamples.NOT_FOUND)))
    public SensitivityView sensitivity(@PathParam("frameworkCode") String frameworkCode, @PathParam("period") String period,
                                       @Parameter(description = "Number of random runs, 1 to 10000 (default 1000)",
                                               schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "10000", defaultValue = "1000"))
                                       @QueryParam("runs") String runsParam,
                                       @Parameter(description = "Seed of the random draws (default 1)", schema = @Schema(type = SchemaType.INTEGER, format = "int64", defaultValue = "1"))
                                       @QueryParam("seed") String seedParam,
                                       @Parameter(description = "Relative weight noise, 0 <= weightNoise < 1 (default 0.25)",
                                               schema = @Schema(type = SchemaType.NUMBER, format = "double", minimum = "0", maximum = "1", exclusiveMaximum = true, defaultValue = "0.25"))
                                       @QueryParam("weightNoise") String noiseParam,
                                       @Parameter(description = "Which values count: approved (only approved submissions; the default for a framework with requireApproval) or submitted (every accepted value, provisional; the default otherwise). A framework without requireApproval has one basis.",
                                      schema = @Schema(enumeration = {"submitted", "approved"})) @QueryParam("basis") String basis) {
        int runs = whole(runsParam, "runs", 1000, 1, MAX_RUNS);
        long seed = seed(seedParam);
        double noise = noise(noiseParam);
        Snapshot s = profiles.snapshot(frameworkCode, period, basis(basis));
        return profiles.sensitivity(s, runs, seed, noise);
    }

    /** A positive whole number, or null when absent or blank (the latest, like a blank node or basis); anything else is 400. */
    static Integer version(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int version = Integer.parseInt(value.trim());
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw ProblemException.badRequest("version must be a positive whole number: " + value + ".");
    }

    /** A whole number from min to max, dflt when absent or blank; anything else is 400 naming the parameter. */
    private static int whole(String value, String name, int dflt, int min, int max) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw ProblemException.badRequest(name + " must be a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max)
                + ": " + value + ".");
    }

    /** {@code submitted}, {@code approved}, or null (the framework's default); anything else is 400. */
    static String basis(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String b = value.trim();
        if (!b.equals("submitted") && !b.equals("approved")) {
            throw ProblemException.badRequest("basis must be submitted or approved: " + value + ".");
        }
        return b;
    }

    /** The asOf date of a restatement: required, an ISO date (2025-07-01); anything else is 400. */
    static LocalDate asOf(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("asOf is required: the date whose units the restated table is on, e.g. 2025-07-01.");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("asOf must be a date like 2025-07-01: " + value + ".");
        }
    }

    private static long seed(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("seed must be a whole number: " + value + ".");
        }
    }

    private static double noise(String value) {
        if (value == null || value.isBlank()) {
            return 0.25;
        }
        try {
            double noise = Double.parseDouble(value.trim());
            if (noise >= 0 && noise < 1) {
                return noise;
            }
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw ProblemException.badRequest("weightNoise must be a number with 0 <= weightNoise < 1: " + value + ".");
    }

    private static ProblemException notFound(String frameworkCode, String period) {
        return ProblemException.notFound("No standings for framework " + frameworkCode + " and period " + period
                + " (unknown framework or period, or nothing reported yet).");
    }
}
