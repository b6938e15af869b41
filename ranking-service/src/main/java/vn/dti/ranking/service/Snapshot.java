package vn.dti.ranking.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.ranking.engine.Dataset;
import vn.dti.ranking.engine.Framework;
import vn.dti.ranking.engine.Scores;

/**
 * One standings version with everything it was computed from: the framework document, the units
 * of the period (names and unit versions) and the raw values. Profiles and sensitivity are answered
 * from a snapshot, so they always agree with (and name) the standings version.
 */
public record Snapshot(String frameworkCode, String period, int version, OffsetDateTime computedAt, JsonNode document,
                       Framework framework, Dataset dataset, String[] unitNames, LocalDate[] unitValidFrom,
                       Scores scores, String basis) {

    public Snapshot(String frameworkCode, String period, int version, OffsetDateTime computedAt, JsonNode document,
                    Framework framework, Dataset dataset, String[] unitNames, LocalDate[] unitValidFrom, Scores scores) {
        this(frameworkCode, period, version, computedAt, document, framework, dataset, unitNames, unitValidFrom, scores, "submitted");
    }

    public String unitName(int unit) {
        return unitNames[unit];
    }
}
