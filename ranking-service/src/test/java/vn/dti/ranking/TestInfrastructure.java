package vn.dti.ranking;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.dti.testing.db.TestDatabaseResource;
import vn.dti.testing.jwt.TestTokens;
import vn.dti.testing.kafka.KafkaBrokerResource;

/**
 * Real infrastructure for every {@code @QuarkusTest} of ranking-service, from deploy/test-support: its
 * PostgreSQL test database (created if missing), a real Kafka broker, and a signing key made at test
 * time (never committed). Quarkus discovers these annotations only on the classes of the module under
 * test, hence this class.
 */
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestDatabaseResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = TestDatabaseResource.NAME, value = "dti_ranking_test"))
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
