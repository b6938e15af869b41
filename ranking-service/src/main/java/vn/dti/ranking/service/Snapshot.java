package vn.dti.ranking.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.ranking.engine.Dataset;
import vn.dti.ranking.engine.Framework;
import vn.dti.ranking.engine.Scores;

/**
 * One standings version with everything it was computed from: the framework document, the units
 * of the period (names and unit versions) and the raw values, and where each value came from
 * ({@code sources[indicator][unit]}: the submission id, null where there is no value; {@code sources}
 * itself is null for a version stored before provenance was recorded). Profiles and sensitivity are
 * answered from a snapshot, so they always agree with (and name) the standings version.
 */
public record Snapshot(String frameworkCode, String period, int version, OffsetDateTime computedAt, JsonNode document,
                       Framework framework, Dataset dataset, String[] unitNames, LocalDate[] unitValidFrom,
                       Scores scores, String basis, UUID[][] sources) {

    public Snapshot(String frameworkCode, String period, int version, OffsetDateTime computedAt, JsonNode document,
                    Framework framework, Dataset dataset, String[] unitNames, LocalDate[] unitValidFrom, Scores scores,
                    String basis) {
        this(frameworkCode, period, version, computedAt, document, framework, dataset, unitNames, unitValidFrom, scores, basis, null);
    }

    public Snapshot(String frameworkCode, String period, int version, OffsetDateTime computedAt, JsonNode document,
                    Framework framework, Dataset dataset, String[] unitNames, LocalDate[] unitValidFrom, Scores scores) {
        this(frameworkCode, period, version, computedAt, document, framework, dataset, unitNames, unitValidFrom, scores, "submitted");
    }

    public String unitName(int unit) {
        return unitNames[unit];
    }

    /** The submission the value of indicator {@code indicator} (the dataset's index) of unit {@code unit} came from, or null. */
    public UUID source(int indicator, int unit) {
        return sources == null ? null : sources[indicator][unit];
    }
}
