package cn.ecozone.regulation;

/** The programmes whose rules the platform holds (glossary names). */
public enum Programme {
    /** 国家生态文明建设示范区. */
    ECO_CIVILIZATION_ZONE,
    /** “绿水青山就是金山银山”实践创新基地（“两山”基地）, national or provincial. */
    TWO_MOUNTAINS_BASE,
    /** “两山”转化实践区 (Xilingol League). */
    TWO_MOUNTAINS_AREA;

    /** The programme's short Chinese name, as exports and lists show it. */
    public String nameZh() {
        return switch (this) {
            case ECO_CIVILIZATION_ZONE -> "生态文明建设示范区";
            case TWO_MOUNTAINS_BASE -> "“两山”实践创新基地";
            case TWO_MOUNTAINS_AREA -> "“两山”转化实践区";
        };
    }
}
