package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanStep;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the path pinned to a plan (its steps as JSON). Parsed paths are kept by their JSON
 * text (plans of one regulation version share it), so a list parses each path once and an entry can
 * never be stale.
 */
@Component
public class PlanSteps {

    private final JsonMapper json;

    private final Cache<String, List<PlanStep>> parsed =
            Caffeine.newBuilder().maximumSize(500).build();

    PlanSteps(JsonMapper json) {
        this.json = json;
    }

    public String write(List<PlanStep> steps) {
        return json.writeValueAsString(steps);
    }

    /** The mapper, for the plan's other JSON columns. */
    public JsonMapper json() {
        return json;
    }

    public cn.ecozone.plan.PlanContent content(PlanEntity plan) {
        return plan.contentJson() == null
                ? cn.ecozone.plan.PlanContent.empty()
                : json.readValue(plan.contentJson(), cn.ecozone.plan.PlanContent.class);
    }

    public List<PlanStep> read(PlanEntity plan) {
        return read(plan.stepsJson());
    }

    /** The path pinned as {@code stepsJson} (a plan's {@code steps_json}), parsed once per text. */
    public List<PlanStep> read(String stepsJson) {
        return parsed.get(stepsJson, text -> List.copyOf(json.readValue(text, new TypeReference<List<PlanStep>>() {})));
    }
}
