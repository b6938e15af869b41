package vn.dti.report.portal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the portal finds the three APIs, and how its cookies travel (docs/portal.md). */
@ConfigMapping(prefix = "dti.portal")
public interface PortalConfig {

    /** indicator-service, e.g. http://127.0.0.1:8081 (DTI_PORTAL_INDICATOR_URL) */
    @WithDefault("http://127.0.0.1:8081")
    String indicatorUrl();

    /** ranking-service (DTI_PORTAL_RANKING_URL) */
    @WithDefault("http://127.0.0.1:8082")
    String rankingUrl();

    /** report-service: this service's own API, called like the others so it stays the guard (DTI_PORTAL_REPORT_URL) */
    @WithDefault("http://127.0.0.1:8083")
    String reportUrl();

    /** The framework whose rounds an officer's to-do page follows (DTI_PORTAL_FRAMEWORK). */
    @WithDefault("DTI-PROVINCE")
    String framework();

    /** Cookies marked Secure even when the request reached Quarkus over plain HTTP (behind a TLS proxy). */
    @WithDefault("false")
    boolean secureCookies();
}
