package cn.ecozone.indicator;

/** 约束性 / 参考性. */
public enum Binding {
    BINDING,
    REFERENCE
}
