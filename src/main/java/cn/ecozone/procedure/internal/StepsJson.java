package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.StepDefinition;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the steps pinned to a run, so that a later regulation change does not alter it.
 * Parsed steps are kept by their JSON text: runs of one regulation version carry the same text, so a
 * list of runs parses it once, and an entry can never be stale (issue 10: lists without a parse per
 * row).
 */
@Component
class StepsJson {

    private final JsonMapper json;

    private final Cache<String, List<StepDefinition>> parsed =
            Caffeine.newBuilder().maximumSize(500).build();

    StepsJson(JsonMapper json) {
        this.json = json;
    }

    String write(ProcedureDefinition definition) {
        return json.writeValueAsString(definition.steps());
    }

    ProcedureDefinition read(RunEntity run) {
        return new ProcedureDefinition(run.definitionCode(), run.definitionVersion(), steps(run.stepsJson()));
    }

    /** The steps written as {@code stepsJson} (parsed once per distinct text). */
    List<StepDefinition> steps(String stepsJson) {
        return parsed.get(
                stepsJson, text -> List.copyOf(json.readValue(text, new TypeReference<List<StepDefinition>>() {})));
    }
}
