package vn.dti.indicator.service;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import vn.dti.indicator.domain.Framework;

/**
 * Creates and publishes the default provincial DTI framework (2021–2024 structure) at first start,
 * through the same service as the API, so its publication event goes through the outbox.
 */
@ApplicationScoped
public class DefaultFrameworkSeeder {

    public static final String CODE = "DTI-PROVINCE";
    private static final Logger LOG = Logger.getLogger(DefaultFrameworkSeeder.class);

    @Inject
    FrameworkService frameworks;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "dti.seed.default-framework", defaultValue = "true")
    boolean enabled;

    /** The local demo (deploy/local/up.sh) seeds the default framework with requireApproval (issue 10). */
    @ConfigProperty(name = "dti.seed.require-approval", defaultValue = "false")
    boolean requireApproval;

    void seed(@Observes StartupEvent event) throws IOException {
        if (!enabled || frameworks.find(CODE).map(f -> Framework.PUBLISHED.equals(f.status())).orElse(false)) {
            return;
        }
        try (InputStream in = getClass().getResourceAsStream("/frameworks/" + CODE + ".json")) {
            JsonNode doc = json.readTree(in);
            if (requireApproval) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) doc).put("requireApproval", true);
            }
            frameworks.putDraft(CODE, doc);
            frameworks.publish(CODE);
            LOG.infof("Published the default framework %s", CODE);
        } catch (vn.dti.plumbing.problem.ProblemException e) {
            LOG.errorf("The default framework %s is invalid: %s", CODE, e.problem().errors());
        } catch (RuntimeException e) {
            // Another replica may have seeded it at the same moment; that is fine.
            LOG.warnf("Default framework not seeded here: %s", e.getMessage());
        }
    }
}
