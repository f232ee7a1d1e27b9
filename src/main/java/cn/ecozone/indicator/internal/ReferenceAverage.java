package cn.ecozone.indicator.internal;

/** A reference average for one indicator and its source: PUBLISHED by the province, or COMPUTED. */
public record ReferenceAverage(double value, String source) {}
