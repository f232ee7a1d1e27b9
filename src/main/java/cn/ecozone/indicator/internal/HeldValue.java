package cn.ecozone.indicator.internal;

/**
 * What the evaluation reads of a held value: a {@link ValueEntity} (one region's scorecard) or a
 * {@link ValueRow} streamed for many regions at once ({@link RegionValueReader}).
 */
public interface HeldValue {

    Double numberValue();

    Boolean flagValue();

    /** GRADE indicators: the grade. */
    String gradeValue();

    /** The parts as JSON, or null. */
    String parts();
}
