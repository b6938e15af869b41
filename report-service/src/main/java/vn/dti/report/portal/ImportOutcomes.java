package vn.dti.report.portal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import vn.dti.report.portal.api.ImportOutcome;

/**
 * Import summaries between the upload's POST and the page it redirects to (POST, 303, GET): kept in
 * memory for a few minutes under an unguessable id, readable only by the person who uploaded. A summary
 * that is gone (expired, another instance behind the balancer) only hides the box: the history shows
 * what was stored.
 */
@ApplicationScoped
public class ImportOutcomes {

    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final int MAX = 2000;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    private record Held(String owner, ImportOutcome outcome, Instant until) {
    }

    public String keep(String owner, ImportOutcome outcome) {
        Instant now = Instant.now();
        held.values().removeIf(h -> h.until().isBefore(now));
        if (held.size() >= MAX) {
            held.clear();
        }
        byte[] id = new byte[16];
        random.nextBytes(id);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        held.put(key, new Held(owner, outcome, now.plus(KEEP)));
        return key;
    }

    /** The summary kept under {@code key} for {@code owner}, or null. */
    public ImportOutcome find(String owner, String key) {
        if (key == null) {
            return null;
        }
        Held h = held.get(key);
        return h == null || !h.owner().equals(owner) || h.until().isBefore(Instant.now()) ? null : h.outcome();
    }
}
