package vn.dti.indicator.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A methodology, stored as its document; immutable once published. */
@Entity
@Table(name = "framework")
public class Framework extends PanacheEntityBase {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    @Id
    public String code;
    public String name;
    public String status;
    public int version;
    @Column(name = "unit_type")
    public String unitType;
    @Column(name = "period_type")
    public String periodType;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String document;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }
}
