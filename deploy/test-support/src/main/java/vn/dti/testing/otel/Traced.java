package vn.dti.testing.otel;

import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test profile of tests that read the spans: the SDK on (it is off by default), spans kept in
 * memory by {@link InMemorySpanExporter} (a CDI SpanExporter, which Quarkus registers as an
 * exporter; found because test-support is a bean archive, META-INF/beans.xml). Inject the exporter.
 */
public class Traced implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "PT0.1S");
    }

    /** The exporter the tests read. */
    @Singleton
    public static class Exporter {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }
}
