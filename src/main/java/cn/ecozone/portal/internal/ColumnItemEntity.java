package cn.ecozone.portal.internal;

import cn.ecozone.portal.ColumnItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An item a subject published to its public column; withdrawing hides it but keeps the record. */
@Entity
@Table(name = "column_item")
public class ColumnItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    private String programme;
    private String kind;
    private String title;
    private String body;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected ColumnItemEntity() {}

    public ColumnItemEntity(
            String regionCode,
            String regionPath,
            String programme,
            String kind,
            String title,
            String body,
            String by,
            Instant at) {
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.programme = programme;
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    /** Hides the item from the public column. */
    public void withdraw(Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    public String regionCode() {
        return regionCode;
    }

    public long version() {
        return version;
    }

    public ColumnItem view() {
        return new ColumnItem(id, regionCode, programme, kind, title, body, publishedBy, publishedAt, version);
    }
}
