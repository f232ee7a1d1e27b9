package cn.ecozone.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan as the plan list shows it: subject, period, state, the step that waits and the filing
 * deadline. The path, content, timeline and what the actor may do come with {@link PlanView}.
 *
 * @param currentStep the step that waits, or null unless in progress (as in {@link PlanView})
 * @param filingDue the filing deadline, at the filing step the run's, else the plan's record of it
 * @param overdue the filing deadline has passed and the plan is not filed
 */
public record PlanSummary(
        long id,
        String programme,
        String planKind,
        String subjectRegionCode,
        String subjectRegionName,
        String title,
        int periodStart,
        int periodEnd,
        int revision,
        PlanState state,
        @Nullable PlanStep currentStep,
        @Nullable LocalDate filingDue,
        List<String> filingExplanation,
        @Nullable LocalDate filedOn,
        boolean overdue,
        Instant updatedAt) {}
