package vn.dti.indicator.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.indicator.limits.Limits;
import vn.dti.plumbing.problem.JsonBodies;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.indicator.security.Caller;

/**
 * The whole of a submit, whatever the format: Idempotency-Key replay, parsing, the caller's right
 * to the unit, validation, then a dry run or the store, and the race of two requests with one key.
 * The body stays raw text until here because the idempotency hash is over the bytes as sent.
 */
@ApplicationScoped
public class SubmissionIntake {

    public static final String JSON = "application/json";
    public static final String CSV = "text/csv";

    @Inject
    SubmissionService submissions;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /** Answers a submission in {@code mediaType} (JSON or CSV); {@code key} is the Idempotency-Key or null. */
    public SubmissionService.Outcome submit(String mediaType, String body, String key, boolean dryRun, AtomicMode mode) {
        return submit(mediaType, body, key, dryRun, mode, null);
    }

    /** As above; {@code correctionHeader} is the CSV request's Correction-Reason header (JSON carries correctionReason). */
    public SubmissionService.Outcome submit(String mediaType, String body, String key, boolean dryRun, AtomicMode mode,
                                            String correctionHeader) {
        if (key != null && (key.isBlank() || key.length() > Limits.IDEMPOTENCY_KEY || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7F))) {
            throw ProblemException.badRequest("Idempotency-Key must be 1 to " + Limits.IDEMPOTENCY_KEY
                    + " visible ASCII characters (e.g. a UUID); an empty key is not allowed.");
        }
        // NONE answers differently from ALL: a key used with one mode is another request with the other
        String hash = sha256(mediaType + (mode == AtomicMode.NONE ? ";atomicMode=NONE" : "") + "\n" + (body == null ? "" : body));
        if (!dryRun) {
            Optional<SubmissionService.Outcome> replayed = submissions.replay(caller.name(), key, hash);
            if (replayed.isPresent()) {
                return replayed.get();
            }
        }
        com.fasterxml.jackson.databind.JsonNode node = JSON.equals(mediaType) ? JsonBodies.read(json, body, "a JSON submission") : null;
        SubmissionParser.Parsed parsed = JSON.equals(mediaType)
                ? SubmissionParser.json(node)
                : SubmissionParser.csv(body == null ? "" : body);
        String correctionReason = JSON.equals(mediaType) ? CorrectionPolicy.reason(node) : CorrectionPolicy.header(correctionHeader);
        // the caller's right to every unit first: a 403 is never hidden behind (or leaks through) validation
        for (SubmissionParser.Group g : parsed.groups()) {
            if (g.request().unitCode() != null) {
                caller.requireUnit(g.request().unitCode(), true);
            }
        }
        SubmissionService.Plan plan = submissions.check(parsed, mode, correctionReason);
        if (dryRun) {
            return submissions.dryRun(plan, mode);
        }
        try {
            return submissions.accept(plan, mode, caller.name(), mediaType, key, hash);
        } catch (SubmissionService.KeyRaced raced) {
            // The same key was committed by a concurrent request a moment ago: answer like a replay.
            return submissions.replay(caller.name(), key, hash).orElseThrow();
        }
    }


    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
