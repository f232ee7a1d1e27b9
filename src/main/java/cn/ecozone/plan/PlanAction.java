package cn.ecozone.plan;

import java.time.LocalDate;

/**
 * One move on a plan's path with what it needs: {@code opinion} for an examination or review,
 * {@code outcome} (PASS, REVISE, FAIL), {@code panel} and {@code reviewedOn} for a review, {@code body},
 * {@code promulgatedOn} and {@code documentNumber} for the promulgation, {@code filedOn} for the filing,
 * {@code reason} for a return; {@code version} is the plan's version as read.
 */
public record PlanAction(
        Kind kind,
        Long version,
        String opinion,
        String outcome,
        String panel,
        LocalDate reviewedOn,
        String body,
        LocalDate promulgatedOn,
        String documentNumber,
        LocalDate filedOn,
        String note,
        String reason) {

    /** The moves. */
    public enum Kind {
        SUBMIT,
        EXAMINE,
        REVIEW,
        REVISED,
        PROMULGATE,
        FILE,
        RETURN,
        WITHDRAW,
        /** The subject declares a major change of targets (reason required): the plan expires. */
        MAJOR_CHANGE,
        /** The subject starts revising or recompiling an expired plan: a new revision in draft. */
        RECOMPILE
    }
}
