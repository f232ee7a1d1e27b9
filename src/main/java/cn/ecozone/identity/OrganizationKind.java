package cn.ecozone.identity;

import cn.ecozone.region.RegionLevel;
import java.util.EnumSet;
import java.util.Set;

/** The kinds of organization users belong to, and the region levels each may sit at. */
public enum OrganizationKind {
    /** 生态环境厅. */
    DEPARTMENT(EnumSet.of(RegionLevel.PROVINCE)),
    /** 处室 of a department. */
    DIVISION(EnumSet.of(RegionLevel.PROVINCE)),
    /** 生态环境局. */
    BUREAU(EnumSet.of(RegionLevel.PREFECTURE, RegionLevel.COUNTY)),
    /** 人民政府. */
    GOVERNMENT(EnumSet.of(RegionLevel.PREFECTURE, RegionLevel.COUNTY, RegionLevel.TOWNSHIP)),
    /** 行政公署 of a league. */
    ADMINISTRATIVE_OFFICE(EnumSet.of(RegionLevel.PREFECTURE)),
    /** 生态环境保护委员会办公室. */
    COMMITTEE_OFFICE(EnumSet.of(RegionLevel.PREFECTURE)),
    /** An expert's affiliation. */
    EXPERT_AFFILIATION(EnumSet.allOf(RegionLevel.class)),
    /** An enterprise, cooperative or village collective that is a construction subject. */
    OTHER_SUBJECT(EnumSet.of(RegionLevel.COUNTY, RegionLevel.TOWNSHIP)),
    /** The platform's operators (the three administrators). */
    PLATFORM_OPERATIONS(EnumSet.allOf(RegionLevel.class));

    private final Set<RegionLevel> levels;

    OrganizationKind(Set<RegionLevel> levels) {
        this.levels = levels;
    }

    public boolean allowedAt(RegionLevel level) {
        return levels.contains(level);
    }
}
