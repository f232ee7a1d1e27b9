package cn.ecozone.plan;

/** Where a plan stands. */
public enum PlanState {
    /** Drafted by the subject, not yet submitted. */
    DRAFT,
    /** On its path; {@code currentStep} says which step waits. */
    IN_PROGRESS,
    /** Returned with a reason; the subject changes and resubmits it. */
    RETURNED,
    /** Filed: the plan is in force. */
    FILED,
    /** Promulgated on a path that has no filing step (e.g. Guizhou art. 8): the plan is in force. */
    IN_FORCE,
    /** Its period ended or its targets changed materially; it must be revised or recompiled (IM eco-civ art. 7). */
    EXPIRED
}
