package cn.ecozone.dossier;

import cn.ecozone.dossier.internal.DossierEntity;
import cn.ecozone.dossier.internal.Dossiers;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunSummary;
import cn.ecozone.shared.Actor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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

    /**
     * Every submitted dossier of these rounds in the actor's scope, with where its run stands, by round
     * id: two statements whatever the number of rounds (a list of panels of several rounds).
     */
    public Map<Long, List<DossierAtStep>> ofRounds(Collection<Long> roundIds, Actor actor) {
        if (roundIds.isEmpty()) {
            return Map.of();
        }
        List<DossierEntity> found =
                dossiers.submittedInRounds(roundIds, actor.scope().pathPattern());
        Map<Long, RunSummary> runs =
                procedures.summaries(found.stream().map(DossierEntity::runId).toList());
        Map<Long, List<DossierAtStep>> out = new HashMap<>();
        found.forEach(
                d -> out.computeIfAbsent(d.roundId(), r -> new ArrayList<>()).add(atStep(d, runs.get(d.runId()))));
        return out;
    }

    /**
     * The ids and runs of the round's submitted dossiers in the actor's scope, by region code and id, in
     * one statement: for a list that filters and pages the keys and then reads only its page ({@link
     * #ofIds}).
     *
     * @param regionPath only dossiers of subjects at or below this region path, or {@code null}
     * @param nameContains only dossiers whose subject's name contains this, or {@code null}/blank
     */
    public List<Key> keysOfRound(long roundId, Actor actor, String regionPath, String nameContains) {
        String q = nameContains == null || nameContains.isBlank()
                ? "%"
                : "%"
                        + nameContains
                                .strip()
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
        return dossiers
                .keysInRound(roundId, actor.scope().pathPattern(), regionPath == null ? "%" : regionPath + "%", q)
                .stream()
                .map(r -> new Key(((Number) r[0]).longValue(), ((Number) r[1]).longValue()))
                .toList();
    }

    /**
     * These submitted dossiers with where their runs stand, in the given order (unknown or unsubmitted
     * ids left out), in two statements. Precondition: the caller read the ids in its reader's scope.
     */
    public List<DossierAtStep> ofIds(List<Long> dossierIds) {
        if (dossierIds.isEmpty()) {
            return List.of();
        }
        Map<Long, DossierEntity> found = new HashMap<>();
        dossiers.findAllById(dossierIds).stream().filter(d -> d.runId() != null).forEach(d -> found.put(d.id(), d));
        Map<Long, RunSummary> runs = procedures.summaries(
                found.values().stream().map(DossierEntity::runId).toList());
        return dossierIds.stream()
                .map(found::get)
                .filter(java.util.Objects::nonNull)
                .map(d -> atStep(d, runs.get(d.runId())))
                .toList();
    }

    /** A submitted dossier's id and its run's. */
    public record Key(long dossierId, long runId) {}

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
