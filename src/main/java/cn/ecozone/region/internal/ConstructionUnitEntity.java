package cn.ecozone.region.internal;

import cn.ecozone.region.ConstructionUnitKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A construction unit row; {@code regionPath} copies the region's path so scope filters need no join. */
@Entity
@Table(name = "construction_unit")
public class ConstructionUnitEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    private String name;

    @Enumerated(EnumType.STRING)
    private ConstructionUnitKind kind;

    private String description;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected ConstructionUnitEntity() {}

    public ConstructionUnitEntity(
            String regionCode,
            String regionPath,
            String name,
            ConstructionUnitKind kind,
            String description,
            long createdBy,
            Instant createdAt) {
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.name = name;
        this.kind = kind;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void change(String name, ConstructionUnitKind kind, String description) {
        this.name = name;
        this.kind = kind;
        this.description = description;
    }

    public long id() {
        return id;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionPath() {
        return regionPath;
    }

    public String name() {
        return name;
    }

    public ConstructionUnitKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
