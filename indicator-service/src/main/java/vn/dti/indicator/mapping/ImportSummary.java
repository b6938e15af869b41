package vn.dti.indicator.mapping;

import java.util.Collection;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a submission did to each value it sent: {@code imported} (no current value before),
 * {@code updated} (superseded a different current value), {@code unchanged} (the same as the
 * current value; stored in the history, the current value stays), {@code ignored} (not stored: a
 * refused group of a partial import).
 */
@Schema(name = "ImportSummary", description = "Per value: new, superseding a different value, same as the current value, not stored")
public record ImportSummary(@Schema(examples = "20") int imported,
                            @Schema(examples = "3") int updated,
                            @Schema(examples = "1") int unchanged,
                            @Schema(examples = "0") int ignored) {

    public static final ImportSummary NONE = new ImportSummary(0, 0, 0, 0);

    /** The counts for {@code values} against the current values they replace ({@code previous}, by indicator code). */
    public static ImportSummary of(Collection<SubmissionView.Value> values, Map<String, SubmissionView.Superseded> previous) {
        int imported = 0;
        int updated = 0;
        int unchanged = 0;
        for (SubmissionView.Value v : values) {
            SubmissionView.Superseded old = previous.get(v.indicatorCode());
            if (old == null) {
                imported++;
            } else if (Double.compare(old.value(), v.value()) == 0 || old.value() == v.value()) {
                unchanged++;
            } else {
                updated++;
            }
        }
        return new ImportSummary(imported, updated, unchanged, 0);
    }

    public static ImportSummary ignored(int n) {
        return new ImportSummary(0, 0, 0, n);
    }

    public ImportSummary plus(ImportSummary o) {
        return new ImportSummary(imported + o.imported, updated + o.updated, unchanged + o.unchanged, ignored + o.ignored);
    }
}
