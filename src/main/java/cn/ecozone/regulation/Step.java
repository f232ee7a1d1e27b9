package cn.ecozone.regulation;

import cn.ecozone.calendar.Counting;
import java.util.List;
import java.util.Optional;

/**
 * One step of a path (plan path, application chain or typical-case selection), in order.
 *
 * @param code unique within its path, e.g. {@code FILE}
 * @param kind what happens at the step
 * @param actor who acts
 * @param to to whom the result goes; {@code null} when it stays with the actor
 * @param deadline {@code null} when the rules set none
 * @param returnTo where a return from this step goes
 * @param organizationKind when the actors are organizations of a kind (e.g. {@code DIVISION}, the
 *     department's divisions), the kind's code; else {@code null}
 * @param appointed whether the actors are users appointed when the step opens
 * @param alsoActors further bodies that may act instead of {@code actor} (e.g. Guizhou art. 10: the
 *     municipal government or its ecology bureau publicises); empty for one
 * @param requires what must be on record before the step may be completed; empty for nothing
 */
public record Step(
        String code,
        StepKind kind,
        Body actor,
        Body to,
        String actionZh,
        Deadline deadline,
        Citation citation,
        ReturnTo returnTo,
        String organizationKind,
        boolean appointed,
        List<Body> alsoActors,
        List<Requirement> requires) {

    public Step {
        alsoActors = alsoActors == null ? List.of() : List.copyOf(alsoActors);
        requires = requires == null ? List.of() : List.copyOf(requires);
    }

    /** A step with one actor and no requirement, as plan paths have. */
    public Step(
            String code,
            StepKind kind,
            Body actor,
            Body to,
            String actionZh,
            Deadline deadline,
            Citation citation,
            ReturnTo returnTo,
            String organizationKind,
            boolean appointed) {
        this(
                code,
                kind,
                actor,
                to,
                actionZh,
                deadline,
                citation,
                returnTo,
                organizationKind,
                appointed,
                List.of(),
                List.of());
    }

    /** Where a return goes: the step before, or the first step (the initiator's). */
    public enum ReturnTo {
        PREVIOUS,
        INITIATOR
    }

    /**
     * A deadline of N working days counted from the completion of an earlier step of the same path.
     *
     * @param fromStep the code of that earlier step
     */
    public record Deadline(int workingDays, Counting counting, String fromStep, String textZh) {}

    public Optional<Deadline> optionalDeadline() {
        return Optional.ofNullable(deadline);
    }
}
