package vn.dti.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Share links of published briefs (docs/briefs.md "Share links"). */
@ConfigMapping(prefix = "dti.share")
public interface ShareConfig {
    /** Where this service is reached by the people a link is given to; a link is {@code <base-url>/share/<secret>}. */
    @WithDefault("http://127.0.0.1:8083")
    String baseUrl();
}
