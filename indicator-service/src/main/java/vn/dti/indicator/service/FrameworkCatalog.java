package vn.dti.indicator.service;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.indicator.domain.Framework;
import vn.dti.indicator.framework.FrameworkDocument;
import vn.dti.indicator.repository.FrameworkRepository;

/**
 * Published frameworks, parsed once: they are immutable, so caching them is always correct and
 * keeps the submission path free of JSON parsing.
 */
@ApplicationScoped
public class FrameworkCatalog {

    /** A published framework ready for validating submissions. */
    public record Published(FrameworkDocument document, Map<String, FrameworkDocument.Node> indicators,
                            vn.dti.indicator.service.rules.RuleCheck rules) {
    }

    private final Map<String, Published> cache = new ConcurrentHashMap<>();

    @Inject
    ObjectMapper json;

    @Inject
    FrameworkRepository frameworks;

    public Optional<Published> published(String code) {
        Published hit = cache.get(code);
        if (hit != null) {
            return Optional.of(hit);
        }
        Framework f = frameworks.find(code).orElse(null);
        if (f == null || !f.isPublished()) {
            return Optional.empty();
        }
        Published p = parse(f);
        cache.put(code, p);
        return Optional.of(p);
    }

    public FrameworkDocument document(Framework f) {
        try {
            return json.readValue(f.document, FrameworkDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored framework " + f.code + " cannot be read", e);
        }
    }

    private Published parse(Framework f) {
        FrameworkDocument d = document(f);
        return new Published(d, d.indicators(), vn.dti.indicator.service.rules.RuleCheck.of(d));
    }
}
