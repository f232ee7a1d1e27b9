package cn.ecozone.title.internal;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code NAMING_RECORDED}: the province recorded the naming of this run at this step, and the act
 * agrees with it. At the Ministry's result (IM, a {@code RECORD_RESULT} step) the outcome {@code PASS}
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
        Optional<NamingEntity> naming =
                namings.findFirstByRunIdAndStepCodeOrderByIdDesc(context.runId(), context.stepCode());
        if (naming.isEmpty()) {
            return unmet("title.naming.missing");
        }
        boolean named = naming.get().named();
        String outcome = context.outcome();
        if (outcome == null) {
            return named ? Optional.empty() : unmet("title.naming.not-named");
        }
        return switch (outcome) {
            case "PASS" -> named ? Optional.empty() : unmet("title.naming.not-named");
            case "FAIL" -> named ? unmet("title.naming.was-named") : Optional.empty();
            default -> unmet("title.naming.outcome");
        };
    }

    private static Optional<Unmet> unmet(String key) {
        return Optional.of(Unmet.of(Requirement.NAMING_RECORDED, key));
    }
}
