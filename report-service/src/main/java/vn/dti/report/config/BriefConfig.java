package vn.dti.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The sizes of a brief's lists. */
@ConfigMapping(prefix = "dti.briefs")
public interface BriefConfig {
    /** Units in the top and in the bottom list. */
    @WithDefault("5")
    int topCount();

    /** Units in each of the movers lists (up, down). */
    @WithDefault("5")
    int moversCount();

    /** Strengths and weaknesses named in a unit's profile (each). */
    @WithDefault("3")
    int profileIndicators();
}
