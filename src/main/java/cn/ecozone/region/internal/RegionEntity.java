package cn.ecozone.region.internal;

import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.Terrain;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of the region table. Codes, names and the hierarchy come from the loaded data. */
@Entity
@Table(name = "region")
public class RegionEntity {

    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private RegionLevel level;

    @Column(name = "parent_code")
    private String parentCode;

    private String path;

    @Column(name = "functional_zone")
    private boolean functionalZone;

    @Enumerated(EnumType.STRING)
    private Terrain terrain;

    @Column(name = "key_ecological_function_area")
    private boolean keyEcologicalFunctionArea;

    /** Has grassland (有草原); null = not known. */
    private Boolean grassland;

    /** Coastal (沿海); null = not known. */
    private Boolean coastal;

    @Column(name = "has_children")
    private boolean hasChildren;

    @Version
    private long version;

    protected RegionEntity() {}

    public void changeAttributes(
            Terrain terrain, boolean keyEcologicalFunctionArea, Boolean grassland, Boolean coastal) {
        this.terrain = terrain;
        this.keyEcologicalFunctionArea = keyEcologicalFunctionArea;
        this.grassland = grassland;
        this.coastal = coastal;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public RegionLevel level() {
        return level;
    }

    public String parentCode() {
        return parentCode;
    }

    public String path() {
        return path;
    }

    public boolean functionalZone() {
        return functionalZone;
    }

    public Terrain terrain() {
        return terrain;
    }

    public boolean keyEcologicalFunctionArea() {
        return keyEcologicalFunctionArea;
    }

    public Boolean grassland() {
        return grassland;
    }

    public Boolean coastal() {
        return coastal;
    }

    public boolean hasChildren() {
        return hasChildren;
    }

    public long version() {
        return version;
    }

    /** The region as other modules see it. */
    public cn.ecozone.region.Region toRegion() {
        return new cn.ecozone.region.Region(
                code,
                name,
                level,
                parentCode,
                path,
                functionalZone,
                terrain,
                keyEcologicalFunctionArea,
                grassland,
                coastal,
                hasChildren,
                version);
    }
}
