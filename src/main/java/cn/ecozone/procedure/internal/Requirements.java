package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.ProcedureFacts.RequirementUnmet;
import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The modules' {@link StepRequirement answers}, one per {@link Requirement} (ADR 0027). A requirement
 * no module answers for is unmet: nothing is completed on a guess.
 */
@Component
public class Requirements {

    private final Map<Requirement, StepRequirement> answers = new EnumMap<>(Requirement.class);

    Requirements(List<StepRequirement> beans) {
        for (StepRequirement b : beans) {
            StepRequirement before = answers.put(b.requirement(), b);
            if (before != null) {
                throw new IllegalStateException("two answers for requirement " + b.requirement() + ": "
                        + before.getClass().getName() + " and " + b.getClass().getName());
            }
        }
    }

    /** The requirements no module answers for. */
    public List<Requirement> unanswered() {
        return java.util.Arrays.stream(Requirement.values())
                .filter(r -> !answers.containsKey(r))
                .toList();
    }

    /** Every unmet requirement of {@code required} for the act in {@code context}, in their order. */
    public List<StepRequirement.Unmet> unmet(StepRequirement.Context context, List<Requirement> required) {
        List<StepRequirement.Unmet> unmet = new ArrayList<>();
        for (Requirement r : required) {
            StepRequirement answer = answers.get(r);
            if (answer == null) {
                unmet.add(StepRequirement.Unmet.of(r, "procedure.requirement.unanswered", r.name()));
            } else {
                answer.check(context).ifPresent(unmet::add);
            }
        }
        return unmet;
    }

    /**
     * Refuses with the first unmet requirement.
     *
     * @throws RequirementUnmet when one is unmet
     */
    void require(StepRequirement.Context context, List<Requirement> required) {
        List<StepRequirement.Unmet> unmet = unmet(context, required);
        if (!unmet.isEmpty()) {
            throw new RequirementUnmet(unmet.getFirst());
        }
    }
}
