package cn.ecozone.title.internal;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code NAMING_RECORDED}: the province recorded the naming of this run at this step for the step's
 * current opening (ADR 0027: a naming of an earlier opening, before a return, no longer counts), and the
 * act agrees with it. At the Ministry's result (IM, a {@code RECORD_RESULT} step) the outcome {@code PASS}
 * needs a naming that names, {@code FAIL} one that does not, and {@code REVISE} is no result of the
 * Ministry's; at the designation (Guizhou art. 16), which has no outcomes, only a naming that names
 * completes the step (not named is a return with the reason).
 */
@Component
class NamingRequirement implements StepRequirement {

    private final Namings namings;

    NamingRequirement(Namings namings) {
        this.namings = namings;
    }

    @Override
    public Requirement requirement() {
        return Requirement.NAMING_RECORDED;
    }

    @Override
    public Optional<Unmet> check(Context context) {
        return Optional.ofNullable(checkAll(List.of(context)).get(context.runId()));
    }

    /** One statement for any number of runs. */
    @Override
    public Map<Long, Unmet> checkAll(Collection<Context> contexts) {
        Map<String, NamingEntity> latest = new HashMap<>();
        if (!contexts.isEmpty()) {
            for (NamingEntity n : namings.ofRuns(
                    contexts.stream().map(Context::runId).distinct().toList(),
                    contexts.stream().map(Context::stepCode).distinct().toList())) {
                latest.putIfAbsent(key(n.runId(), n.stepCode(), n.opening()), n);
            }
        }
        Map<Long, Unmet> unmet = new LinkedHashMap<>();
        for (Context c : contexts) {
            answer(latest.get(key(c.runId(), c.stepCode(), c.opening())), c.outcome())
                    .ifPresent(u -> unmet.put(c.runId(), u));
        }
        return unmet;
    }

    private static Optional<Unmet> answer(NamingEntity naming, String outcome) {
        if (naming == null) {
            return unmet("title.naming.missing");
        }
        boolean named = naming.named();
        if (outcome == null) {
            return named ? Optional.empty() : unmet("title.naming.not-named");
        }
        return switch (outcome) {
            case "PASS" -> named ? Optional.empty() : unmet("title.naming.not-named");
            case "FAIL" -> named ? unmet("title.naming.was-named") : Optional.empty();
            default -> unmet("title.naming.outcome");
        };
    }

    private static String key(long runId, String stepCode, int opening) {
        return runId + "/" + stepCode + "/" + opening;
    }

    private static Optional<Unmet> unmet(String key) {
        return Optional.of(Unmet.of(Requirement.NAMING_RECORDED, key));
    }
}
