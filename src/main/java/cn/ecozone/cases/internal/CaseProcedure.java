package cn.ecozone.cases.internal;

import cn.ecozone.cases.CaseFacts;
import cn.ecozone.cases.CaseState;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureDefinitions;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.ProcedureSubject;
import cn.ecozone.procedure.RunView;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A case's selection on the procedure engine (ADR 0029: the path is the regulation's {@code
 * typical_cases.steps}, RECOMMEND → REVIEW → PUBLISH): the engine decides who acts and keeps the
 * timeline; this class passes the acts on and mirrors the run's position onto the case. Callers hold
 * the transaction, the case's lock, and have checked its version.
 */
@Component
public class CaseProcedure {

    /** The subject type of a case's run. */
    public static final String SUBJECT_TYPE = "TYPICAL_CASE";

    public static final String RECOMMEND = "RECOMMEND";
    public static final String REVIEW = "REVIEW";
    public static final String PUBLISH = "PUBLISH";

    private static final String ACT = "ACT";

    private final ProcedureManagement procedures;
    private final RegulationManagement regulations;
    private final RegionManagement regions;
    private final Clock clock;

    CaseProcedure(
            ProcedureManagement procedures, RegulationManagement regulations, RegionManagement regions, Clock clock) {
        this.procedures = procedures;
        this.regulations = regulations;
        this.regions = regions;
        this.clock = clock;
    }

    /** The regulation the case was recommended under. */
    public Regulation regulation(TypicalCaseEntity c) {
        return regulations
                .find(c.regulationCode(), c.regulationVersion())
                .orElseThrow(() -> new IllegalStateException("no regulation " + c.regulationCode()));
    }

    /** The government recommends: starts the run at its first recommendation and completes RECOMMEND. */
    public void recommend(TypicalCaseEntity c, Actor actor) {
        if (c.runId() == null) {
            c.started(procedures.start(subject(c), definition(c), actor).id());
        }
        RunView run = procedures.view(c.runId(), actor);
        Long task = task(run, RECOMMEND).orElseThrow(CaseFacts.NotTheActor::new);
        moved(c, procedures.act(act(run, task, null, null), actor));
    }

    /** The office completes the step open to it ({@code REVIEW} with an outcome, or {@code PUBLISH}). */
    public RunView act(TypicalCaseEntity c, String stepCode, String outcome, String opinion, Actor actor) {
        RunView run = run(c, actor).orElseThrow(CaseFacts.NotTheActor::new);
        Long task = task(run, stepCode).orElseThrow(CaseFacts.NotTheActor::new);
        return procedures.act(act(run, task, outcome, opinion), actor);
    }

    /** Mirrors the run's position after an act that did not decide. */
    public void moved(TypicalCaseEntity c, RunView after) {
        c.moved(stateOf(after), clock.instant());
    }

    /** The office returns the case with a reason: from REVIEW to its government, from PUBLISH to REVIEW. */
    public void returnWithReason(TypicalCaseEntity c, String reason, Actor actor) {
        RunView run = run(c, actor).orElseThrow(CaseFacts.NotTheActor::new);
        boolean allowed = run.allowedActions().stream().anyMatch(a -> "RETURN".equals(a.action()));
        if (!allowed) {
            throw new CaseFacts.NotTheActor();
        }
        RunView after = procedures.act(new ProcedureCommand.Return(run.id(), run.version(), reason), actor);
        CaseState next = stateOf(after);
        c.returned(next == CaseState.DRAFT ? CaseState.RETURNED : next, reason, clock.instant());
    }

    /** The case's run as the actor sees it; the engine's CANCEL is not offered (a case is rejected instead). */
    public Optional<RunView> run(TypicalCaseEntity c, Actor actor) {
        if (c.runId() == null) {
            return Optional.empty();
        }
        return Optional.of(procedures.view(c.runId(), actor).without("CANCEL").without("WITHDRAW"));
    }

    /** The run's opening of its current step (for the review: which appointment counts). */
    public int opening(TypicalCaseEntity c) {
        return c.runId() == null
                ? 0
                : procedures.summaries(List.of(c.runId())).get(c.runId()).opening();
    }

    /** Whether the actor may act at {@code stepCode} now (the engine's guard). */
    public boolean mayAct(TypicalCaseEntity c, String stepCode, Actor actor) {
        return run(c, actor).flatMap(r -> task(r, stepCode)).isPresent();
    }

    private ProcedureDefinition definition(TypicalCaseEntity c) {
        Regulation r = regulation(c);
        return ProcedureDefinitions.of(
                r.code() + "/typical-cases",
                r.version(),
                r.typicalCases().steps(),
                regions.require(c.regionCode()).level());
    }

    private static ProcedureSubject subject(TypicalCaseEntity c) {
        return new ProcedureSubject(
                SUBJECT_TYPE, c.id(), c.regionCode(), c.regionPath(), c.title(), "/cases/" + c.id());
    }

    private static CaseState stateOf(RunView run) {
        if (!"OPEN".equals(run.state())) {
            return CaseState.DECIDING;
        }
        return switch (run.currentStepCode()) {
            case RECOMMEND -> CaseState.DRAFT;
            case REVIEW -> CaseState.REVIEWING;
            default -> CaseState.DECIDING;
        };
    }

    private static ProcedureCommand.Act act(RunView run, Long task, String outcome, String opinion) {
        return new ProcedureCommand.Act(run.id(), run.version(), task, outcome, opinion, List.of(), null);
    }

    private static Optional<Long> task(RunView run, String stepCode) {
        return run.allowedActions().stream()
                .filter(a -> ACT.equals(a.action()) && stepCode.equals(a.stepCode()))
                .map(RunView.AllowedAction::taskId)
                .findFirst();
    }
}
