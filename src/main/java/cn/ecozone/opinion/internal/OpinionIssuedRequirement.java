package cn.ecozone.opinion.internal;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code OPINION_ISSUED} (ADR 0027): met when an issued opinion at the step covers the run's dossier —
 * the province department's pre-review opinion (IM eco-civ art. 15, IM Two Mountains art. 13) or the
 * municipal government's written recommendation opinion (Guizhou art. 11). A run of any other subject
 * has no opinion, so the requirement is unmet there.
 */
@Component
class OpinionIssuedRequirement implements StepRequirement {

    /** The subject type of a dossier's run (dossier module). */
    static final String DOSSIER = "DOSSIER";

    private final Opinions opinions;

    OpinionIssuedRequirement(Opinions opinions) {
        this.opinions = opinions;
    }

    @Override
    public Requirement requirement() {
        return Requirement.OPINION_ISSUED;
    }

    @Override
    public Optional<Unmet> check(Context context) {
        if (DOSSIER.equals(context.subjectType()) && opinions.issuedCovering(context.subjectId(), context.stepCode())) {
            return Optional.empty();
        }
        return Optional.of(Unmet.of(Requirement.OPINION_ISSUED, "opinion.requirement.not-issued", context.stepCode()));
    }
}
