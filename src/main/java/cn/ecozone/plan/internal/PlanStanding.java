package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanState;
import cn.ecozone.plan.PlanStep;
import cn.ecozone.plan.StepType;
import cn.ecozone.procedure.RunView.DeadlineView;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a plan stands, as its detail and the plan list both show it: the step that waits (none when
 * the run is closed, or while the subject holds a plan whose path starts with a submission) and the
 * filing deadline (the open filing step's own, else the one the plan recorded).
 *
 * @param current the step that waits, or {@code null}
 * @param filingDue the filing deadline, or {@code null}
 * @param explanation how the filing deadline was counted, line by line
 */
record PlanStanding(PlanStep current, LocalDate filingDue, List<String> explanation) {

    /**
     * Precondition: {@code path} is the plan's pinned path; {@code currentStepCode} and {@code
     * deadline} are the open run's (ignored when {@code open} is false).
     */
    static PlanStanding of(
            PlanEntity p,
            List<String> recordedExplanation,
            List<PlanStep> path,
            boolean open,
            String currentStepCode,
            DeadlineView deadline) {
        return of(p.state(), p.filingDue(), recordedExplanation, path, open, currentStepCode, deadline);
    }

    /**
     * As {@link #of(PlanEntity, List, List, boolean, String, DeadlineView)}, from the plan's state and the
     * filing deadline it recorded (with its explanation rendered for the reader), as the list reads them.
     */
    static PlanStanding of(
            PlanState state,
            LocalDate recordedDue,
            List<String> recordedExplanation,
            List<PlanStep> path,
            boolean open,
            String currentStepCode,
            DeadlineView deadline) {
        boolean withSubject = state == PlanState.DRAFT || state == PlanState.RETURNED;
        // a path that does not start with a submission (e.g. promulgation by the subject) starts at its first step
        boolean startsWithSubmit = path.getFirst().type() == StepType.SUBMIT;
        PlanStep current = open && (state == PlanState.IN_PROGRESS || withSubject && !startsWithSubmit)
                ? PlanProcedure.step(path, currentStepCode)
                : null;
        boolean atFiling = current != null && current.type() == StepType.FILE && deadline != null;
        LocalDate due = atFiling ? deadline.due() : recordedDue;
        List<String> explanation = atFiling ? deadline.explanation() : recordedExplanation;
        return new PlanStanding(current, due, explanation);
    }

    /** Whether the filing deadline has passed unfiled on {@code today}. */
    boolean filingOverdue(PlanEntity p, LocalDate today) {
        return filingOverdue(p.filedOn(), today);
    }

    /** Whether the filing deadline has passed on {@code today} for a plan filed on {@code filedOn} (or not). */
    boolean filingOverdue(LocalDate filedOn, LocalDate today) {
        return filingDue != null && filedOn == null && today.isAfter(filingDue);
    }
}
