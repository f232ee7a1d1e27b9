package cn.ecozone.regulation;

/** The programmes whose rules the platform holds (glossary names). */
public enum Programme {
    /** 国家生态文明建设示范区. */
    ECO_CIVILIZATION_ZONE,
    /** “绿水青山就是金山银山”实践创新基地（“两山”基地）, national or provincial. */
    TWO_MOUNTAINS_BASE,
    /** “两山”转化实践区 (Xilingol League). */
    TWO_MOUNTAINS_AREA
}
