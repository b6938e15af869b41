package vn.dti.report.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.MeterRegistry;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.problem.Validation;
import vn.dti.report.config.ShareConfig;
import vn.dti.report.mapping.ShareLinkView;
import vn.dti.report.repository.BriefPublicationRepository;
import vn.dti.report.repository.BriefRepository.BriefRow;
import vn.dti.report.repository.ShareLinkRepository;
import vn.dti.report.repository.ShareLinkRepository.LinkRow;

/**
 * Share links (DESIGN §12): a time-limited, revocable read link of a published brief. The secret is
 * 256 random bits from SecureRandom, base64url without padding (43 characters); only its SHA-256 is
 * stored, and an open looks the link up by that hash. Expired, revoked and unknown links are the same
 * 404, so a guess learns nothing.
 */
@ApplicationScoped
public class ShareLinkService {

    public static final int EXPIRES_MIN_DAYS = 1;
    public static final int EXPIRES_MAX_DAYS = 365;
    static final int SECRET_BYTES = 32;
    static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ShareLinkRepository links;

    @Inject
    BriefPublicationRepository briefs;

    @Inject
    ShareConfig config;

    @Inject
    MeterRegistry metrics;

    /** A link just made, and where it is addressed in the API. */
    public record Created(ShareLinkView.Created link, String location) {
    }

    @Transactional
    public Created create(String briefId, JsonNode body, String by) {
        UUID brief = BriefPublicationService.briefId(briefId);
        Validation v = new Validation();
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("", "INVALID_TYPE", "the body must be a JSON object like {\"expiresInDays\": 30}");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("expiresInDays")) {
                v.add("/" + name, "UNKNOWN_FIELD", "is not a field of a share link request");
            }
        }
        JsonNode days = body.get("expiresInDays");
        if (days == null || days.isNull()) {
            v.add("/expiresInDays", "REQUIRED", "is required");
        } else if (!days.isIntegralNumber()) {
            v.add("/expiresInDays", "INVALID_TYPE", "must be a whole number of days");
        } else if (!days.canConvertToInt() || days.intValue() < EXPIRES_MIN_DAYS || days.intValue() > EXPIRES_MAX_DAYS) {
            v.add("/expiresInDays", "OUT_OF_RANGE", "must be between " + EXPIRES_MIN_DAYS + " and " + EXPIRES_MAX_DAYS);
        }
        // the brief is locked: it cannot be published meanwhile (nor is there anything else to race with)
        BriefRow row = briefs.rowForUpdate(brief).orElseThrow(() -> ProblemException.notFound("No brief " + briefId + "."));
        v.throwIfInvalid();
        if (!"PUBLISHED".equals(row.status())) {
            throw ProblemException.conflict("brief-not-published", "Brief not published",
                    "Brief " + briefId + " is a draft; publish it (POST /api/v1/briefs/" + briefId + "/publish) before sharing it.");
        }
        byte[] random = new byte[SECRET_BYTES];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        LinkRow link = new LinkRow(UUID.randomUUID(), brief, now, by, now.plusDays(days.intValue()), null, null, 0, null);
        links.insert(link, hash(secret));
        metrics.counter("dti.share.links.created").increment();
        String base = config.baseUrl().endsWith("/") ? config.baseUrl().substring(0, config.baseUrl().length() - 1) : config.baseUrl();
        return new Created(new ShareLinkView.Created(link.id().toString(), base + "/share/" + secret, link.expiresAt()),
                "/api/v1/briefs/" + brief + "/links/" + link.id());
    }

    @Transactional
    public ShareLinkView.Items list(String briefId) {
        UUID brief = existing(briefId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return new ShareLinkView.Items(links.of(brief).stream().map(l -> ShareLinkView.of(l, now)).toList());
    }

    @Transactional
    public ShareLinkView get(String briefId, String linkId) {
        UUID brief = existing(briefId);
        return links.one(brief, linkId(linkId)).map(l -> ShareLinkView.of(l, OffsetDateTime.now(ZoneOffset.UTC)))
                .orElseThrow(() -> ProblemException.notFound("No link " + linkId + " of brief " + briefId + "."));
    }

    /** Revokes a link; revoking a revoked link again is a no-op (DELETE is idempotent), an unknown link is 404. */
    @Transactional
    public void revoke(String briefId, String linkId, String by) {
        UUID brief = existing(briefId);
        UUID link = linkId(linkId);
        if (!links.revoke(brief, link, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), by)
                && links.one(brief, link).isEmpty()) {
            throw ProblemException.notFound("No link " + linkId + " of brief " + briefId + ".");
        }
    }

    /** Counts an open of a live link and returns what it serves; empty (→ 404) for anything else. */
    @Transactional
    public Optional<ShareLinkRepository.Opened> open(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        Optional<ShareLinkRepository.Opened> opened = links.open(hash(secret));
        opened.ifPresent(o -> metrics.counter("dti.share.opens").increment());
        return opened;
    }

    /** SHA-256 of the secret's text: what is stored and looked up. */
    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID existing(String briefId) {
        UUID brief = BriefPublicationService.briefId(briefId);
        briefs.rowForUpdate(brief).orElseThrow(() -> ProblemException.notFound("No brief " + briefId + "."));
        return brief;
    }

    private static UUID linkId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No link " + id + ".");
        }
    }
}
