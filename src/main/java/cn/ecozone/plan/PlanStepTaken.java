package cn.ecozone.plan;

import java.time.LocalDate;

/**
 * A plan moved on its path.
 *
 * @param action e.g. {@code SUBMITTED}, {@code EXAMINED}, {@code RETURNED}, {@code PROMULGATED}, {@code FILED}
 * @param nextStep the step that now waits, or null when the plan is not in progress
 * @param filingDue the filing deadline once promulgated, else null
 */
public record PlanStepTaken(
        Long planId,
        String regionCode,
        String programme,
        String action,
        String nextStep,
        PlanState state,
        LocalDate filingDue) {}
