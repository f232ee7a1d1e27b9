package cn.ecozone.opinion.internal;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.opinion.OpinionFacts;
import cn.ecozone.shared.Actor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which dossiers a new or refreshed opinion covers (ADR 0027): those of the round waiting at the step in
 * the actor's scope whose current opening no issued opinion at the step covers — the first batch, the
 * dossiers that reach the step later, and those returned past it and brought back. Two statements for
 * any number of dossiers besides the dossier module's read.
 */
@Component
public class OpinionCoverage {

    private final DossierSteps steps;
    private final Opinions opinions;

    OpinionCoverage(DossierSteps steps, Opinions opinions) {
        this.steps = steps;
        this.opinions = opinions;
    }

    /**
     * The dossiers to cover, each with its run and opening.
     *
     * @throws OpinionFacts.NothingToCover when none waits uncovered
     */
    public List<CoveredDossier> uncovered(long roundId, String stepCode, Actor actor) {
        List<DossierAtStep> at = steps.waitingAt(roundId, stepCode, actor);
        Set<String> issued = new HashSet<>();
        if (!at.isEmpty()) {
            for (Object[] row : opinions.issuedCoverings(
                    at.stream().map(DossierAtStep::runId).toList(), List.of(stepCode))) {
                issued.add(key(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
            }
        }
        List<CoveredDossier> out = at.stream()
                .filter(a -> !issued.contains(key(a.runId(), a.opening())))
                .map(a -> new CoveredDossier(a.dossier().id(), a.runId(), a.opening()))
                .toList();
        if (out.isEmpty()) {
            throw new OpinionFacts.NothingToCover(stepCode);
        }
        return out;
    }

    private static String key(long runId, int opening) {
        return runId + "/" + opening;
    }
}
