package vn.dti.e2e;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import vn.dti.testing.db.TestDatabases;
import vn.dti.testing.jwt.LocalJwt;
import vn.dti.testing.keycloak.KeycloakServer;

/**
 * The suite as the local suite runs it with its identity provider (deploy/local/up.sh): a real
 * Keycloak with the realm {@code dti}, and replicas of the three services (same databases and
 * consumer groups as {@link Suite}'s) that verify its tokens by issuer and JWK set URL. The
 * report-service replica is also the portal: it signs people in through the realm's
 * {@code dti-portal} client (authorization code flow) and calls the other two replicas with the
 * signed-in person's token. Shared by {@link KeycloakSignInIT} and {@link PortalBrowserIT}.
 */
final class KeycloakSuite implements AutoCloseable {

    /** The realm's {@code dti-portal} secret in the tests (up.sh generates a real one). */
    static final String PORTAL_CLIENT_SECRET = "test-portal-secret";

    final KeycloakServer keycloak;
    final ServiceProcess indicator;
    final ServiceProcess ranking;
    /** The report-service with the portal. */
    final ServiceProcess report;

    private KeycloakSuite(KeycloakServer keycloak, ServiceProcess indicator, ServiceProcess ranking, ServiceProcess report) {
        this.keycloak = keycloak;
        this.indicator = indicator;
        this.ranking = ranking;
        this.report = report;
    }

    static KeycloakSuite start(Suite suite) {
        // The realm must redirect back to the portal, so the portal's port is chosen before Keycloak starts.
        int portalPort = Suite.freePort();
        URI portal = URI.create("http://127.0.0.1:" + portalPort);
        Map<String, String> values = new HashMap<>();
        values.put("PORTAL_URL", portal.toString());
        values.put("PORTAL_CLIENT_SECRET", PORTAL_CLIENT_SECRET);
        String database = TestDatabases.name("dti_keycloak_e2e");
        Suite.recreateDatabase(database);
        // the realm's RS256 key (the realm imports it, as up.sh imports the local key)
        KeycloakServer keycloak = KeycloakServer.start(LocalJwt.generateKeyPair().getPrivate(), values, Suite.PG + database);
        ServiceProcess indicator = null;
        ServiceProcess ranking = null;
        ServiceProcess report = null;
        try {
            Map<String, String> trustKeycloak = Map.of(
                    "MP_JWT_VERIFY_ISSUER", keycloak.issuer(),
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak.jwksUrl());
            indicator = suite.replica("indicator-service", "indicator-keycloak", trustKeycloak);
            ranking = suite.replica("ranking-service", "ranking-keycloak", trustKeycloak);
            Map<String, String> portalSettings = new HashMap<>(trustKeycloak);
            // sign-in is off unless enabled (the report-service starts without a provider too)
            portalSettings.put("QUARKUS_OIDC_TENANT_ENABLED", "true");
            portalSettings.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer());
            portalSettings.put("QUARKUS_OIDC_CLIENT_ID", "dti-portal");
            portalSettings.put("QUARKUS_OIDC_CREDENTIALS_SECRET", PORTAL_CLIENT_SECRET);
            portalSettings.put("DTI_PORTAL_INDICATOR_URL", indicator.uri().toString());
            portalSettings.put("DTI_PORTAL_RANKING_URL", ranking.uri().toString());
            portalSettings.put("DTI_PORTAL_REPORT_URL", portal.toString());
            // the brief share links people open point at this replica
            portalSettings.put("DTI_SHARE_BASE_URL", portal.toString());
            report = suite.replica("report-service", "report-keycloak", portalSettings, portalPort);
            indicator.start();
            ranking.start();
            report.start();
            return new KeycloakSuite(keycloak, indicator, ranking, report);
        } catch (RuntimeException e) {
            new KeycloakSuite(keycloak, indicator, ranking, report).close();
            throw e;
        }
    }

    /** Starts the three replicas again if a test class stopped them ({@link #stopServices()}); Keycloak runs on. */
    void startServices() {
        indicator.start();
        ranking.start();
        report.start();
    }

    /**
     * Stops the three replicas, not Keycloak. They are members of the suite's consumer groups: left
     * running, they would take partitions from later test classes (ReplicasIT counts the members of
     * each group, and the crash tests kill the suite's own instances).
     */
    void stopServices() {
        for (ServiceProcess s : new ServiceProcess[] {report, ranking, indicator}) {
            s.stop();
        }
    }

    /** The portal's address ({@code /portal/} is its start page). */
    URI portal() {
        return report.uri();
    }

    /** An access token of a demo user (DESIGN §15) by the realm's password grant. */
    String token(String user) {
        return keycloak.passwordGrant(user, KeycloakServer.demoPassword(user));
    }

    @Override
    public void close() {
        for (ServiceProcess s : new ServiceProcess[] {report, ranking, indicator}) {
            if (s != null) {
                s.stop();
            }
        }
        keycloak.close();
    }
}
