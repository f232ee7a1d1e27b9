package cn.ecozone.plan;

import cn.ecozone.procedure.ActorLevel;
import java.util.List;

/**
 * The path a plan follows, taken from its regulation for the subject's level and pinned to the plan
 * when it is created.
 *
 * @param regulationCode the regulation, e.g. {@code IM-ECOCIV-2022}
 * @param regulationVersion its version when the plan started
 * @param programme e.g. {@code ECO_CIVILIZATION_ZONE}
 * @param planKind {@code CONSTRUCTION_PLAN} or {@code IMPLEMENTATION_PLAN}
 * @param steps in order; the first is the subject's (usually {@link StepType#SUBMIT}); the last is
 *     usually {@link StepType#FILE}
 */
public record PlanPath(
        String regulationCode, int regulationVersion, String programme, String planKind, List<PlanStep> steps) {

    public PlanPath {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.getFirst().at() != ActorLevel.SUBJECT) {
            throw new IllegalArgumentException("a plan path starts with a step of the subject: " + steps);
        }
    }
}
