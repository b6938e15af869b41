package vn.dti.report.portal;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The indicator and ranking APIs of the officer and reviewer page tests: one {@link ApiStub} for the whole
 * test run (both base URLs point at it), so the page tests share the application with the others.
 */
@QuarkusTestResource(value = WorkApiStubs.class, restrictToAnnotatedClass = false)
public class WorkApiStubs implements QuarkusTestResourceLifecycleManager {

    private static ApiStub stub;

    static ApiStub stub() {
        return stub;
    }

    @Override
    public Map<String, String> start() {
        stub = new ApiStub();
        return Map.of("dti.portal.indicator-url", stub.url(), "dti.portal.ranking-url", stub.url());
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.stop();
        }
    }
}
