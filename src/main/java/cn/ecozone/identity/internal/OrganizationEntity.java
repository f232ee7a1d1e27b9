package cn.ecozone.identity.internal;

import cn.ecozone.identity.OrganizationKind;
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

@Entity
@Table(name = "organization")
public class OrganizationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganizationKind kind;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected OrganizationEntity() {}

    public OrganizationEntity(
            String name,
            OrganizationKind kind,
            String regionCode,
            String regionPath,
            Long parentId,
            Instant createdAt) {
        this.name = name;
        this.kind = kind;
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.parentId = parentId;
        this.createdAt = createdAt;
    }

    public void change(String name, OrganizationKind kind, String regionCode, String regionPath, Long parentId) {
        this.name = name;
        this.kind = kind;
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.parentId = parentId;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganizationKind kind() {
        return kind;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionPath() {
        return regionPath;
    }

    public Long parentId() {
        return parentId;
    }

    public long version() {
        return version;
    }
}
