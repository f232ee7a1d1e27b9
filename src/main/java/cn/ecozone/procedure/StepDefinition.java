package cn.ecozone.procedure;

import cn.ecozone.calendar.Counting;
import cn.ecozone.regulation.Requirement;
import cn.ecozone.regulation.Step.ReturnTo;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Role;
import java.util.ArrayList;
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
 * @param requires what must be on record before an act completes the actor's task (ADR 0027); empty
 *     for nothing. Runs pinned before it existed read it as empty.
 */
public record StepDefinition(
        String code,
        String nameZh,
        StepKind kind,
        ActorRule actor,
        Period period,
        ReturnTo returnTo,
        String article,
        List<String> outcomes,
        List<Requirement> requires) {

    /** A step that requires nothing on record. */
    public StepDefinition(
            String code,
            String nameZh,
            StepKind kind,
            ActorRule actor,
            Period period,
            ReturnTo returnTo,
            String article,
            List<String> outcomes) {
        this(code, nameZh, kind, actor, period, returnTo, article, outcomes, List.of());
    }

    public StepDefinition {
        requires = requires == null ? List.of() : List.copyOf(requires);
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
     * opens (one task per user); or open to several roles there ({@code alternates}: one task per
     * role, and the first act of any of them ends the step, its siblings closing as {@code
     * SUPERSEDED}), e.g. an indicator year that any {@link SubjectRoles reporting role} of the region
     * submits.
     *
     * @param organizationKind an {@code identity.OrganizationKind} name, or {@code null}
     * @param alternates further roles at the same level that may act instead of {@code role}; empty
     *     for one role (neither with organizations of a kind nor with appointed users)
     * @param alternatesAt further roles at other levels that may act instead of {@code role}, as the
     *     alternates (e.g. a county's indicator year confirmed by the prefecture bureau or the province
     *     department); empty for none
     */
    public record ActorRule(
            Role role,
            ActorLevel level,
            String organizationKind,
            boolean appointed,
            List<Role> alternates,
            List<RoleAt> alternatesAt) {

        public ActorRule {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(level, "level");
            if (organizationKind != null && appointed) {
                throw new IllegalArgumentException("organizations of a kind or appointed users, not both");
            }
            alternates = alternates == null ? List.of() : List.copyOf(alternates);
            if (!alternates.isEmpty() && (organizationKind != null || appointed)) {
                throw new IllegalArgumentException("several roles act as themselves, not as organizations or users");
            }
            if (alternates.contains(role) || alternates.stream().distinct().count() != alternates.size()) {
                throw new IllegalArgumentException("each role once: " + role + " " + alternates);
            }
            alternatesAt = alternatesAt == null ? List.of() : List.copyOf(alternatesAt);
            if (!alternatesAt.isEmpty() && (organizationKind != null || appointed)) {
                throw new IllegalArgumentException("several roles act as themselves, not as organizations or users");
            }
            List<RoleAt> all = new ArrayList<>();
            all.add(new RoleAt(role, level));
            alternates.forEach(r -> all.add(new RoleAt(r, level)));
            all.addAll(alternatesAt);
            if (all.stream().distinct().count() != all.size()) {
                throw new IllegalArgumentException("each role at a level once: " + all);
            }
        }

        /** Several roles at one level, as before roles at other levels could be named. */
        public ActorRule(
                Role role, ActorLevel level, String organizationKind, boolean appointed, List<Role> alternates) {
            this(role, level, organizationKind, appointed, alternates, List.of());
        }

        /** One role, optionally narrowed to organizations of a kind or to appointed users. */
        public ActorRule(Role role, ActorLevel level, String organizationKind, boolean appointed) {
            this(role, level, organizationKind, appointed, List.of());
        }

        public static ActorRule of(Role role, ActorLevel level) {
            return new ActorRule(role, level, null, false);
        }

        /**
         * A step any of {@code roles} at {@code level} may act on (the first one is {@link #role}).
         * Precondition: at least one role, each once.
         */
        public static ActorRule anyOf(List<Role> roles, ActorLevel level) {
            return new ActorRule(roles.getFirst(), level, null, false, roles.subList(1, roles.size()));
        }

        /**
         * A step any of {@code actors} may act on, each at its own level (the first one is {@link
         * #role} at {@link #level}). Precondition: at least one, each once.
         */
        public static ActorRule anyOfAt(List<RoleAt> actors) {
            RoleAt first = actors.getFirst();
            return new ActorRule(first.role(), first.level(), null, false, List.of(), actors.subList(1, actors.size()));
        }

        /** Every role that may act on the step: {@code role}, then the alternates at any level. */
        public List<Role> roles() {
            return actors().stream().map(RoleAt::role).distinct().toList();
        }

        /** Every role at its level that may act on the step: {@code role}, the alternates, the others. */
        public List<RoleAt> actors() {
            List<RoleAt> all = new ArrayList<>(alternates.size() + alternatesAt.size() + 1);
            all.add(new RoleAt(role, level));
            alternates.forEach(r -> all.add(new RoleAt(r, level)));
            all.addAll(alternatesAt);
            return List.copyOf(all);
        }

        /**
         * Whether a user of {@code role} sitting at {@code regionCode} is one of the step's actors for
         * the subject {@code subjectCode} with materialized path {@code subjectPath}.
         */
        public boolean admits(Role role, String regionCode, String subjectCode, String subjectPath) {
            return actors().stream()
                    .anyMatch(a -> a.role() == role
                            && BodyActors.regionAt(a.level(), subjectCode, subjectPath)
                                    .equals(regionCode));
        }

        /** Whether the step is open to several roles, the first act of any ending it. */
        public boolean anyOfSeveral() {
            return !alternates.isEmpty() || !alternatesAt.isEmpty();
        }
    }

    /** A role at a level relative to the subject, one of a step's {@link ActorRule#actors()}. */
    public record RoleAt(Role role, ActorLevel level) {

        public RoleAt {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(level, "level");
        }
    }

    /**
     * A period of working days, counted from the completion of {@code fromStep} (or from the step's
     * opening when {@code null}).
     */
    public record Period(int workingDays, Counting counting, String fromStep) {}
}
