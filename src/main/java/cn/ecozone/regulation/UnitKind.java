package cn.ecozone.regulation;

/** The kinds of construction unit (建设单元) a regulation names. */
public enum UnitKind {
    /** 盟市 / 市（州）. */
    PREFECTURE,
    /** 旗县（市、区） / 县域. */
    COUNTY,
    /** 乡镇（苏木）. */
    TOWNSHIP,
    /** 村（嘎查）. */
    VILLAGE,
    /** 小流域 / 流域. */
    WATERSHED,
    /** 园区. */
    PARK,
    /** 片区 and other units. */
    OTHER
}
