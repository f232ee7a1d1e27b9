package cn.ecozone.indicator;

/** 指标完成情况: how one indicator stands for one region and year. */
public enum Attainment {
    MET,
    NOT_MET,
    NO_DATA,
    NOT_APPLICABLE,
    NEEDS_JUDGEMENT
}
