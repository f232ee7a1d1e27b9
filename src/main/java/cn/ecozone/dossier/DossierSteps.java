package cn.ecozone.dossier;

import cn.ecozone.dossier.internal.DossierEntity;
import cn.ecozone.dossier.internal.Dossiers;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunSummary;
import cn.ecozone.shared.Actor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the submitted dossiers of a round stand on their chains (issue 12): a round batches the
 * candidacies that reach one step, so that a panel, a publicity notice or an opinion covers the batch,
 * while each dossier moves on its own run. Two statements for a round, whatever its size.
 */
@Service
@Transactional(readOnly = true)
public class DossierSteps {

    private final Dossiers dossiers;
    private final DossierRendering rendering;
    private final ProcedureManagement procedures;

    DossierSteps(Dossiers dossiers, DossierRendering rendering, ProcedureManagement procedures) {
        this.dossiers = dossiers;
        this.rendering = rendering;
        this.procedures = procedures;
    }

    /** Every submitted dossier of the round in the actor's scope, with where its run stands. */
    public List<DossierAtStep> ofRound(long roundId, Actor actor) {
        List<DossierEntity> found =
                dossiers.submittedInRound(roundId, actor.scope().pathPattern());
        Map<Long, RunSummary> runs =
                procedures.summaries(found.stream().map(DossierEntity::runId).toList());
        return found.stream().map(d -> atStep(d, runs.get(d.runId()))).toList();
    }

    /** The submitted dossiers of the round in the actor's scope whose runs wait at {@code stepCode}. */
    public List<DossierAtStep> waitingAt(long roundId, String stepCode, Actor actor) {
        return ofRound(roundId, actor).stream()
                .filter(a -> stepCode.equals(a.currentStepCode()))
                .toList();
    }

    /**
     * A submitted dossier and its run, whoever asks: for a module's {@code StepRequirement} check and
     * for the public pages. Precondition: the caller shows nothing of it beyond what its reader may see.
     */
    public Optional<DossierAtStep> find(long dossierId) {
        return dossiers.findById(dossierId)
                .filter(d -> d.runId() != null)
                .map(d -> atStep(d, procedures.summaries(List.of(d.runId())).get(d.runId())));
    }

    private DossierAtStep atStep(DossierEntity d, RunSummary run) {
        return new DossierAtStep(
                rendering.summary(d),
                d.runId(),
                run == null ? null : run.state(),
                run == null ? null : run.currentStepCode(),
                run == null ? 0 : run.opening());
    }
}
