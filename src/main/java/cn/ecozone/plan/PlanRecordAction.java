package cn.ecozone.plan;

/**
 * The plan's own entries on its run's timeline, beside the engine's acts, returns and withdrawals
 * (recorded with {@code ProcedureManagement.record}).
 */
public enum PlanRecordAction {
    /** The subject attached the plan's text (a new document version). */
    ATTACHED,
    /** The plan's period ended (IM eco-civ art. 7); recorded by the platform. */
    EXPIRED,
    /** The subject declared a major change of targets and tasks, with its reason. */
    MAJOR_CHANGE,
    /** The subject started the next revision, which runs the path again on a new run. */
    RECOMPILING
}
