package cn.ecozone.region;

/** What kind of area a construction unit (建设单元) that is not an administrative division is. */
public enum ConstructionUnitKind {
    /** 小流域. */
    WATERSHED,
    /** 园区. */
    PARK,
    /** 村（嘎查）. */
    VILLAGE,
    OTHER
}
