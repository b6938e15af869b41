package vn.dti.indicator.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.indicator.domain.Framework;
import vn.dti.indicator.framework.FrameworkDocument;
import vn.dti.indicator.framework.FrameworkValidator;
import vn.dti.indicator.mapping.FrameworkView;
import vn.dti.plumbing.events.EventTypes;
import vn.dti.plumbing.outbox.Outbox;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.indicator.repository.FrameworkRepository;

@ApplicationScoped
public class FrameworkService {

    /** The outcome of a PUT: the framework and whether it was new. */
    public record Saved(FrameworkView framework, boolean created) {
    }

    @Inject
    FrameworkCatalog catalog;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    HistoryService history;

    @Inject
    UnitTypeService unitTypes;

    public List<FrameworkView> list() {
        return frameworks.listByCode().stream().map(this::view).toList();
    }

    public Optional<FrameworkView> find(String code) {
        return frameworks.find(code).map(this::view);
    }

    @Transactional
    public Saved putDraft(String code, JsonNode body) {
        FrameworkDocument doc = FrameworkValidator.validate(code, body, unitTypes::defined);
        Framework f = frameworks.lockForUpdate(code);
        boolean created = f == null;
        if (created) {
            f = new Framework();
            f.code = code;
            f.version = 0;
        } else if (f.isPublished()) {
            throw ProblemException.conflict("framework-published", "Framework is published",
                    "Framework " + code + " was published on " + f.publishedAt
                            + " and is immutable; publish a change under a new code (e.g. " + code + "-V2).");
        }
        f.name = doc.name();
        f.status = Framework.DRAFT;
        f.version += 1;
        f.unitType = doc.unitType();
        f.periodType = doc.periodType();
        f.document = write(doc);
        f.updatedAt = OffsetDateTime.now();
        // written here: nothing is flushed at commit any more
        if (created) {
            frameworks.insert(f);
        } else {
            frameworks.update(f);
        }
        history.record(HistoryService.FRAMEWORK, code, created ? "DRAFT_CREATED" : "DRAFT_REPLACED",
                java.util.Map.of("version", f.version, "name", f.name));
        return new Saved(view(f), created);
    }

    @Transactional
    public FrameworkView publish(String code) {
        Framework f = frameworks.lockForUpdate(code);
        if (f == null) {
            throw ProblemException.notFound("No framework " + code + ".");
        }
        if (f.isPublished()) {
            throw ProblemException.conflict("framework-published", "Framework is already published",
                    "Framework " + code + " was published on " + f.publishedAt + ".");
        }
        // Validate again: the rules are the contract for publishing, whatever the draft went through.
        FrameworkDocument doc = FrameworkValidator.validate(code, json.valueToTree(catalog.document(f)), unitTypes::defined);
        f.status = Framework.PUBLISHED;
        f.publishedAt = OffsetDateTime.now();
        f.updatedAt = f.publishedAt;
        frameworks.update(f);
        FrameworkView view = FrameworkView.of(doc, f.version, f.status, f.publishedAt);
        outbox.append(EventTypes.FRAMEWORK_PUBLISHED, code, code, view);
        history.record(HistoryService.FRAMEWORK, code, "PUBLISHED", java.util.Map.of("version", f.version,
                "requireApproval", doc.approvalRequired()));
        return view;
    }

    private FrameworkView view(Framework f) {
        return FrameworkView.of(catalog.document(f), f.version, f.status, f.publishedAt);
    }

    private String write(FrameworkDocument doc) {
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
