package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.StepDefinition;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads the steps pinned to a run, so that a later regulation change does not alter it. */
@Component
class StepsJson {

    private final JsonMapper json;

    StepsJson(JsonMapper json) {
        this.json = json;
    }

    String write(ProcedureDefinition definition) {
        return json.writeValueAsString(definition.steps());
    }

    ProcedureDefinition read(RunEntity run) {
        List<StepDefinition> steps = json.readValue(run.stepsJson(), new TypeReference<List<StepDefinition>>() {});
        return new ProcedureDefinition(run.definitionCode(), run.definitionVersion(), steps);
    }
}
