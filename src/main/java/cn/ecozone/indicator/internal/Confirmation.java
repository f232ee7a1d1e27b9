package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.IndicatorConfirmationManagement.Transition;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.ProcedureSubject;
import cn.ecozone.procedure.RunView;
import cn.ecozone.procedure.RunView.AllowedAction;
import cn.ecozone.region.Region;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A year's confirmation on the procedure engine ({@link ConfirmationPath}): the run decides who may
 * act (its {@code allowedActions}), keeps the one timeline and notifies through its events; this class
 * starts the run, passes the four moves on and mirrors them onto the {@link SubmissionEntity}. Callers
 * hold the transaction and the year's row lock ({@link Submissions#lockYear}).
 */
@Component
public class Confirmation {

    private static final List<String> OFFERED = List.of("ACT", "RETURN", "REOPEN");

    private final ProcedureManagement procedures;
    private final Clock clock;

    Confirmation(ProcedureManagement procedures, Clock clock) {
        this.procedures = procedures;
        this.clock = clock;
    }

    /**
     * Starts the year's run, opening the subject's step to every reporting role of the region.
     *
     * @throws cn.ecozone.procedure.ProcedureFacts.NotTheActor unless {@code actor} reports for the region
     */
    public void start(SubmissionEntity s, ValueOwner owner, Actor actor) {
        Region region = owner.region();
        String unit = owner.isUnit() ? " " + owner.unitName() : "";
        ProcedureSubject subject = new ProcedureSubject(
                ConfirmationPath.SUBJECT_TYPE,
                s.id(),
                region.code(),
                region.path(),
                region.name() + unit + " " + s.year() + " 年指标数据（" + s.editionCode() + "）",
                "/indicator-entry?edition=" + s.editionCode() + "&region=" + region.code() + "&year=" + s.year()
                        + (owner.isUnit() ? "&unit=" + owner.unitId() : ""));
        s.started(procedures
                .start(subject, ConfirmationPath.of(region.level()), actor)
                .id());
    }

    /**
     * The year's run as {@code actor} sees it, offering what the API takes: the act of the current step
     * (the submission only once the year holds a value), the return and the confirmer's reopening.
     * The engine's withdraw and cancel are not moves of this path. Empty while the year has no run.
     */
    public Optional<RunView> run(SubmissionEntity s, Actor actor, boolean hasValues) {
        if (s.runId() == null) {
            return Optional.empty();
        }
        RunView r = procedures.viewReopenable(s.runId(), actor);
        List<AllowedAction> offered = r.allowedActions().stream()
                .filter(a -> OFFERED.contains(a.action()))
                .filter(a -> hasValues || !ConfirmationPath.SUBMIT.equals(a.stepCode()))
                .toList();
        return Optional.of(new RunView(
                r.id(),
                r.state(),
                r.definitionCode(),
                r.definitionVersion(),
                r.version(),
                r.steps(),
                r.currentStepCode(),
                r.tasks(),
                r.deadline(),
                offered,
                r.timeline()));
    }

    /**
     * Takes {@code move} on the run (the engine guards role, scope, state and version) and mirrors it.
     * Precondition: the year has a run and {@link SubmissionEntity#requireAt} passed.
     */
    public void take(SubmissionEntity s, Transition move, String reason, Actor actor) {
        RunView run = procedures.view(s.runId(), actor);
        ProcedureCommand command = switch (move) {
            case SUBMIT, CONFIRM -> new ProcedureCommand.Act(run.id(), run.version(), null, null, null, null, null);
            case RETURN -> new ProcedureCommand.Return(run.id(), run.version(), reason);
            case REOPEN -> new ProcedureCommand.Reopen(run.id(), run.version(), reason);
        };
        procedures.act(command, actor);
        s.moved(move, actor, reason == null ? null : reason.strip(), clock.instant());
    }

    /**
     * Gives a year from before the engine (V41) its run, replaying its state with the actors the row
     * names: the submission by {@code subject}, then the confirmation or the return by {@code
     * approver}. The timeline's entries carry the time of the replay; the row keeps the original times.
     */
    void replay(SubmissionEntity s, ValueOwner owner, Actor subject, Actor approver) {
        start(s, owner, subject);
        if (s.state() == cn.ecozone.indicator.SubmissionState.OPEN) {
            return;
        }
        act(s, subject);
        switch (s.state()) {
            case CONFIRMED -> act(s, approver);
            case RETURNED -> {
                RunView run = procedures.view(s.runId(), approver);
                String reason = s.reason() == null || s.reason().isBlank() ? "（迁移前退回）" : s.reason();
                procedures.act(new ProcedureCommand.Return(run.id(), run.version(), reason), approver);
            }
            default -> {
                // submitted: waiting for the approver
            }
        }
    }

    private void act(SubmissionEntity s, Actor actor) {
        RunView run = procedures.view(s.runId(), actor);
        procedures.act(new ProcedureCommand.Act(run.id(), run.version(), null, null, null, null, null), actor);
    }
}
