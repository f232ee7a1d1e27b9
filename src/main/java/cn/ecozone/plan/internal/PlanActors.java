package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanFacts.NotTheActor;
import cn.ecozone.plan.PlanStep;
import cn.ecozone.procedure.BodyActors;
import cn.ecozone.shared.Actor;
import java.util.List;

/**
 * An actor as seen from one plan's subject: whether the actor holds a step's role in the region the
 * step's level names (the subject's own, its prefecture's or its province's).
 */
public record PlanActors(Actor actor, String subjectCode, String subjectPath) {

    public static PlanActors of(Actor actor, PlanRecord plan) {
        return new PlanActors(actor, plan.subjectRegionCode(), plan.subjectRegionPath());
    }

    /** Whether the actor takes {@code step}. */
    public boolean fits(PlanStep step) {
        return actor.role() == step.role()
                && actor.regionCode().equals(BodyActors.regionAt(step.at(), subjectCode, subjectPath));
    }

    /** Whether the actor is the plan's subject: it takes the path's first step. */
    public boolean subject(List<PlanStep> steps) {
        return fits(steps.getFirst());
    }

    /**
     * The role check comes before every state check (issue 8, 等保2.0 8.1.4.2): an actor who takes no
     * step of the plan's path gets 403, so that a 409 or 422 never tells an outsider the plan's state.
     */
    public void requireParticipant(List<PlanStep> steps) {
        if (steps.stream().noneMatch(this::fits)) {
            throw new NotTheActor();
        }
    }
}
