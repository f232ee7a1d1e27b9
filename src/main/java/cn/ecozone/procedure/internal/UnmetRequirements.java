package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.StepDefinition;
import cn.ecozone.procedure.StepRequirement;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the current step of an open run requires and is not on record (ADR 0027). */
@Component
public class UnmetRequirements {

    private final Runs runs;
    private final StepsJson json;
    private final Requirements requirements;

    UnmetRequirements(Runs runs, StepsJson json, Requirements requirements) {
        this.runs = runs;
        this.json = json;
        this.requirements = requirements;
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
                        run.id(), run.subjectType(), run.subjectId(), step.code(), step.kind(), null),
                step.requires());
    }
}
