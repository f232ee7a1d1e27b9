package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanStep;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the path pinned to a plan (its steps as JSON). */
@Component
public class PlanSteps {

    private final JsonMapper json;

    PlanSteps(JsonMapper json) {
        this.json = json;
    }

    public String write(List<PlanStep> steps) {
        return json.writeValueAsString(steps);
    }

    public List<PlanStep> read(PlanEntity plan) {
        return json.readValue(plan.stepsJson(), new TypeReference<List<PlanStep>>() {});
    }
}
