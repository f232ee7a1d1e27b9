package cn.ecozone.registry;

/**
 * Where a register record stands. Only {@link #CONFIRMED} records count for exclusions.
 */
public enum RegisterState {
    /** Entered by prefecture staff, awaiting the province's confirmation. */
    PENDING,
    /** Entered or confirmed by province staff. */
    CONFIRMED,
    /** Rejected by the province with a reason; may be corrected and so resubmitted. */
    REJECTED
}
