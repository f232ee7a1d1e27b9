package cn.ecozone.procedure;

import cn.ecozone.calendar.Counting;
import cn.ecozone.regulation.Step.ReturnTo;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Role;
import java.util.List;
import java.util.Objects;

/**
 * One step of a {@link ProcedureDefinition}, as the engine runs it.
 *
 * @param code unique in the definition, e.g. {@code DIVISION_CHECK}
 * @param nameZh what is done, e.g. 厅相关处室审核
 * @param kind what kind of step it is
 * @param actor who acts
 * @param period the step's period, or {@code null}
 * @param returnTo where a return from this step goes
 * @param article the article the step comes from, or {@code null}
 * @param outcomes the outcomes an act must choose from; empty when an act has no outcome
 */
public record StepDefinition(
        String code,
        String nameZh,
        StepKind kind,
        ActorRule actor,
        Period period,
        ReturnTo returnTo,
        String article,
        List<String> outcomes) {

    public StepDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        returnTo = returnTo == null ? ReturnTo.PREVIOUS : returnTo;
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        if (kind == StepKind.PARALLEL_EXAMINE && actor.organizationKind() == null && !actor.appointed()) {
            throw new IllegalArgumentException("a parallel step needs organizations of a kind or appointed users");
        }
    }

    /** Whether an act of this step must give an opinion. */
    public boolean opinionRequired() {
        return switch (kind) {
            case EXAMINE, PARALLEL_EXAMINE, PANEL, DECIDE -> true;
            default -> false;
        };
    }

    /**
     * Who acts at a step: a role at a level relative to the subject; optionally restricted to the
     * organizations of a kind there (one task per organization) or to users appointed when the step
     * opens (one task per user).
     *
     * @param organizationKind an {@code identity.OrganizationKind} name, or {@code null}
     */
    public record ActorRule(Role role, ActorLevel level, String organizationKind, boolean appointed) {

        public ActorRule {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(level, "level");
            if (organizationKind != null && appointed) {
                throw new IllegalArgumentException("organizations of a kind or appointed users, not both");
            }
        }

        public static ActorRule of(Role role, ActorLevel level) {
            return new ActorRule(role, level, null, false);
        }
    }

    /**
     * A period of working days, counted from the completion of {@code fromStep} (or from the step's
     * opening when {@code null}).
     */
    public record Period(int workingDays, Counting counting, String fromStep) {}
}
