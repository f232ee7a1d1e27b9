package cn.ecozone.indicator;

/** What kind of value an indicator takes. */
public enum ValueType {
    NUMBER,
    /** 0–100. */
    PERCENTAGE,
    /** 是/否, e.g. 建立实施, 开展, 获得. */
    YES_NO,
    /** A grade from a fixed list, e.g. 优/良/中/差. */
    GRADE
}
