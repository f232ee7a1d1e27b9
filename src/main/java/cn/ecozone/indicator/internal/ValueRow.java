package cn.ecozone.indicator.internal;

/**
 * A region's own value with only the columns the evaluation needs, read without an entity (many
 * regions at once, {@link RegionValueReader}).
 */
public record ValueRow(
        String regionCode,
        String indicatorCode,
        int year,
        Double numberValue,
        Boolean flagValue,
        String gradeValue,
        String parts)
        implements HeldValue {}
