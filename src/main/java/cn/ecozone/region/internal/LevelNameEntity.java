package cn.ecozone.region.internal;

import cn.ecozone.region.LevelName;
import cn.ecozone.region.RegionLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A row of a province's level vocabulary (V110); read only, changed by migration. */
@Entity
@Table(name = "region_level_name")
public class LevelNameEntity {

    /** The province and the level. */
    @Embeddable
    public record Key(
            @Column(name = "province_code") String provinceCode,

            @Enumerated(EnumType.STRING) @Column(name = "level")
            RegionLevel level)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "government_zh")
    private String governmentZh;

    @Column(name = "government_en")
    private String governmentEn;

    protected LevelNameEntity() {}

    public String provinceCode() {
        return key.provinceCode();
    }

    public LevelName toLevelName() {
        return new LevelName(key.level(), nameZh, nameEn, governmentZh, governmentEn);
    }
}
