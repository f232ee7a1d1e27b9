package cn.ecozone.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A run as a user sees it, with what that user may do now ({@code allowedActions}, computed by the
 * same guards as the operations). The JSON names are a contract with the front end's procedure panel.
 *
 * @param state {@code OPEN}, {@code FINISHED} or {@code CANCELLED}
 * @param currentStepCode {@code null} unless the run is open
 * @param deadline the current step's deadline, or {@code null}
 */
public record RunView(
        long id,
        String state,
        String definitionCode,
        int definitionVersion,
        long version,
        List<StepView> steps,
        @Nullable String currentStepCode,
        List<TaskView> tasks,
        @Nullable DeadlineView deadline,
        List<AllowedAction> allowedActions,
        List<EntryView> timeline) {

    /**
     * This view without the allowed actions named {@code action}, for a subject whose API does not
     * offer that action (plans and annual work plans are never cancelled, so they leave out {@code
     * CANCEL}).
     */
    public RunView without(String action) {
        return offering(
                allowedActions.stream().filter(a -> !action.equals(a.action())).toList());
    }

    /**
     * This view offering only {@code offered}, a subset of its allowed actions the subject module's API
     * takes (e.g. an indicator year offers its submission only once it holds a value).
     */
    public RunView offering(List<AllowedAction> offered) {
        return new RunView(
                id,
                state,
                definitionCode,
                definitionVersion,
                version,
                steps,
                currentStepCode,
                tasks,
                deadline,
                offered,
                timeline);
    }

    /**
     * @param actorRoles the roles that act on the step ({@code shared.Role} names, the first one the
     *     step's own), so that a confirmation can say who will be told once the step before it is done
     */
    public record StepView(
            String code,
            String nameZh,
            String kind,
            @Nullable String article,
            @Nullable PeriodView period,
            List<String> actorRoles) {}

    public record PeriodView(
            int workingDays, String counting, @Nullable String fromStep) {}

    public record TaskView(
            long id,
            String stepCode,
            String state,
            @Nullable String assigneeRole,
            @Nullable String assigneeRegionCode,
            @Nullable String assigneeOrganizationName,
            @Nullable String outcome,
            @Nullable String actedBy,
            @Nullable Instant actedAt) {}

    public record DeadlineView(LocalDate due, boolean overdue, List<String> explanation) {}

    /**
     * @param action {@code ACT}, {@code RETURN}, {@code WITHDRAW} or {@code CANCEL}
     */
    public record AllowedAction(
            String action,
            String stepCode,
            @Nullable Long taskId,
            List<String> outcomes,
            boolean reasonRequired,
            boolean opinionRequired) {}

    public record EntryView(
            String stepCode,
            String action,
            @Nullable String outcome,
            @Nullable String opinion,
            @Nullable String actorName,
            @Nullable String actorRole,
            @Nullable String organizationName,
            Instant at,
            List<Long> documentIds) {}
}
