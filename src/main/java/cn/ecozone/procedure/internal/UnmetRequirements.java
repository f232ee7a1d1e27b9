package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.StepDefinition;
import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the current step of an open run requires and is not on record (ADR 0027). */
@Component
public class UnmetRequirements {

    private final Runs runs;
    private final StepsJson json;
    private final Requirements requirements;
    private final RunStandings standings;

    UnmetRequirements(Runs runs, StepsJson json, Requirements requirements, RunStandings standings) {
        this.runs = runs;
        this.json = json;
        this.requirements = requirements;
        this.standings = standings;
    }

    /** Empty for an absent or ended run, or a step that requires nothing missing. */
    public List<StepRequirement.Unmet> unmet(long runId) {
        RunEntity run = runs.findById(runId).orElse(null);
        if (run == null || run.state() != RunEntity.State.OPEN) {
            return List.of();
        }
        StepDefinition step = json.read(run).steps().get(run.currentStep());
        if (step.requires().isEmpty()) {
            return List.of();
        }
        return requirements.unmet(
                new StepRequirement.Context(
                        run.id(), run.subjectType(), run.subjectId(), step.code(), step.kind(), null, run.round()),
                step.requires());
    }

    /**
     * As {@link #unmet(long)} for many runs: one statement for the runs, and each answering module asked
     * once for all of them. Only runs with something unmet are in the map.
     */
    public Map<Long, List<StepRequirement.Unmet>> unmet(Collection<Long> runIds) {
        if (runIds.isEmpty()) {
            return Map.of();
        }
        List<StepRequirement.Context> contexts = new ArrayList<>();
        Map<Long, List<Requirement>> required = new HashMap<>();
        for (RunStanding.Subject run : standings.subjects(runIds)) {
            if (run.state() != RunEntity.State.OPEN) {
                continue;
            }
            StepDefinition step = json.steps(run.stepsJson()).get(run.currentStep());
            if (step.requires().isEmpty()) {
                continue;
            }
            contexts.add(new StepRequirement.Context(
                    run.id(), run.subjectType(), run.subjectId(), step.code(), step.kind(), null, run.opening()));
            required.put(run.id(), step.requires());
        }
        return contexts.isEmpty() ? Map.of() : requirements.unmetAll(contexts, required);
    }
}
