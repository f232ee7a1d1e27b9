package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.ProcedureFacts.RequirementUnmet;
import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
     * As {@link #unmet(StepRequirement.Context, List)} for many runs' current steps: each module is
     * asked once, for every context whose step names its requirement ({@link
     * StepRequirement#checkAll}). The unmet requirements by run id, in each step's order; runs with
     * none are left out.
     *
     * @param required what each context's step requires, by run id
     */
    public Map<Long, List<StepRequirement.Unmet>> unmetAll(
            List<StepRequirement.Context> contexts, Map<Long, List<Requirement>> required) {
        Map<Requirement, List<StepRequirement.Context>> asked = new EnumMap<>(Requirement.class);
        for (StepRequirement.Context c : contexts) {
            for (Requirement r : required.getOrDefault(c.runId(), List.of())) {
                asked.computeIfAbsent(r, k -> new ArrayList<>()).add(c);
            }
        }
        Map<Requirement, Map<Long, StepRequirement.Unmet>> answered = new EnumMap<>(Requirement.class);
        asked.forEach((r, cs) -> {
            StepRequirement answer = answers.get(r);
            Map<Long, StepRequirement.Unmet> byRun = new HashMap<>();
            if (answer == null) {
                cs.forEach(c -> byRun.put(
                        c.runId(), StepRequirement.Unmet.of(r, "procedure.requirement.unanswered", r.name())));
            } else {
                byRun.putAll(answer.checkAll(cs));
            }
            answered.put(r, byRun);
        });
        Map<Long, List<StepRequirement.Unmet>> out = new LinkedHashMap<>();
        for (StepRequirement.Context c : contexts) {
            List<StepRequirement.Unmet> unmet = new ArrayList<>();
            for (Requirement r : required.getOrDefault(c.runId(), List.of())) {
                StepRequirement.Unmet u = answered.get(r).get(c.runId());
                if (u != null) {
                    unmet.add(u);
                }
            }
            if (!unmet.isEmpty()) {
                out.put(c.runId(), unmet);
            }
        }
        return out;
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
