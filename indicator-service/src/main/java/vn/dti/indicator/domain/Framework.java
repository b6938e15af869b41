package vn.dti.indicator.domain;

import java.time.OffsetDateTime;

/**
 * A methodology, stored as its document; immutable once published. Row of {@code framework}, mapped
 * by {@code FrameworkRepository}.
 */
public class Framework {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    public String code;
    public String name;
    public String status;
    public int version;
    public String unitType;
    public String periodType;
    /** The document as JSON text (column {@code document}, jsonb). */
    public String document;
    public OffsetDateTime updatedAt;
    public OffsetDateTime publishedAt;

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }
}
