package cn.ecozone.indicator.internal;

/**
 * One region's or construction unit's value with the columns a scorecard needs, read without an
 * entity ({@link OwnerValueReader}).
 *
 * @param synthetic whether the demo loader wrote it (the scorecard says so)
 */
public record OwnerValue(
        String indicatorCode,
        int year,
        Double numberValue,
        Boolean flagValue,
        String gradeValue,
        String parts,
        boolean synthetic)
        implements HeldValue {}
