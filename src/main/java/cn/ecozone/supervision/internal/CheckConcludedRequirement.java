package cn.ecozone.supervision.internal;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code CHECK_CONCLUDED} (ADR 0027, ADR 0035): a check's step (IM eco-civ art. 19 and IM Two Mountains
 * art. 18 {@code CHECK}, Guizhou art. 23 {@code EVALUATE}) completes only once the check's conclusion is
 * recorded; recording it completes the step in the same transaction. A check opens once and its step
 * is never returned, so the opening needs no comparing.
 */
@Component
class CheckConcludedRequirement implements StepRequirement {

    private final SupervisionChecks checks;

    CheckConcludedRequirement(SupervisionChecks checks) {
        this.checks = checks;
    }

    @Override
    public Requirement requirement() {
        return Requirement.CHECK_CONCLUDED;
    }

    @Override
    public Optional<Unmet> check(Context context) {
        return Optional.ofNullable(checkAll(List.of(context)).get(context.runId()));
    }

    /** One statement for any number of runs. */
    @Override
    public Map<Long, Unmet> checkAll(Collection<Context> contexts) {
        List<Long> ids = contexts.stream()
                .filter(c -> CheckOpening.SUBJECT_TYPE.equals(c.subjectType()))
                .map(Context::subjectId)
                .toList();
        Set<Long> concluded = ids.isEmpty()
                ? Set.of()
                : checks.findAllById(ids).stream()
                        .filter(c -> c.state() == CheckEntity.State.CONCLUDED)
                        .map(CheckEntity::id)
                        .collect(Collectors.toSet());
        Map<Long, Unmet> unmet = new LinkedHashMap<>();
        for (Context c : contexts) {
            if (!concluded.contains(c.subjectId()) || !CheckOpening.SUBJECT_TYPE.equals(c.subjectType())) {
                unmet.put(c.runId(), Unmet.of(Requirement.CHECK_CONCLUDED, "supervision.check.not-concluded"));
            }
        }
        return unmet;
    }
}
