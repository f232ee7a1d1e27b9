package cn.ecozone.publicity.internal;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@link Requirement#NO_BLOCKING_COMPLAINT}: no complaint about the dossier is open or was found true
 * (Guizhou art. 16: named only if there were no complaints or each was found untrue, unsupported or
 * resolved). The refusal names the first blocking complaint by its internal number and state, never by
 * its tracking number: the refusal reaches the body under complaint, and the number is the complainant's
 * credential.
 */
@Component
class NoBlockingComplaint implements StepRequirement {

    private final Complaints complaints;

    NoBlockingComplaint(Complaints complaints) {
        this.complaints = complaints;
    }

    @Override
    public Requirement requirement() {
        return Requirement.NO_BLOCKING_COMPLAINT;
    }

    @Override
    public Optional<Unmet> check(Context context) {
        if (!"DOSSIER".equals(context.subjectType())) {
            return Optional.empty();
        }
        return complaints.ofDossier(context.subjectId()).stream()
                .filter(ComplaintEntity::blocking)
                .findFirst()
                .map(c -> c.state() == cn.ecozone.publicity.ComplaintState.FOUND
                        ? Unmet.of(requirement(), "publicity.requirement.found-true", String.valueOf(c.id()))
                        : Unmet.of(requirement(), "publicity.requirement.open", String.valueOf(c.id())));
    }
}
