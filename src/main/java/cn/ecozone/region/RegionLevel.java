package cn.ecozone.region;

/** The levels of the administrative hierarchy the platform holds (GB/T 2260 and NBS codes). */
public enum RegionLevel {
    /** 省级: 自治区 / 省 / 直辖市. */
    PROVINCE,
    /** 地级: 盟 / 市 / 州. */
    PREFECTURE,
    /** 县级: 旗 / 县 / 县级市 / 区, and functional zones listed at county level. */
    COUNTY,
    /** 乡级: 苏木 / 乡 / 镇 / 街道 (held for Inner Mongolia and Guizhou). */
    TOWNSHIP
}
