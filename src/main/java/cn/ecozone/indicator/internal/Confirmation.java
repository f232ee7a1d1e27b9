package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.IndicatorConfirmationManagement.Transition;
import cn.ecozone.indicator.SubmissionState;
import cn.ecozone.procedure.CarriedRun;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.ProcedureSubject;
import cn.ecozone.procedure.RunView;
import cn.ecozone.procedure.RunView.AllowedAction;
import cn.ecozone.region.Region;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
        s.started(procedures
                .start(subject(s, owner), ConfirmationPath.of(region.level()), actor)
                .id());
    }

    /** The year as the engine's subject: its region, title and link. */
    static ProcedureSubject subject(SubmissionEntity s, ValueOwner owner) {
        Region region = owner.region();
        String unit = owner.isUnit() ? " " + owner.unitName() : "";
        return new ProcedureSubject(
                ConfirmationPath.SUBJECT_TYPE,
                s.id(),
                region.code(),
                region.path(),
                region.name() + unit + " " + s.year() + " 年指标数据（" + s.editionCode() + "）",
                "/indicator-entry?edition=" + s.editionCode() + "&region=" + region.code() + "&year=" + s.year()
                        + (owner.isUnit() ? "&unit=" + owner.unitId() : ""));
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
        return Optional.of(r.offering(offered));
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
     * Gives a year from before the engine (V41) its run at the state the row holds (ProcedureManagement's
     * carry-over): waiting for the submission (open or returned) or the confirmation, or finished when
     * confirmed, with the row's submission and decision on the timeline under their original names and
     * times, and the confirmer's act kept so that the confirmer alone reopens. Nothing is replayed, so
     * nobody is notified and no timeline entry carries the time of the migration.
     */
    void carry(SubmissionEntity s, ValueOwner owner) {
        ProcedureDefinition path = ConfirmationPath.of(owner.region().level());
        String reporter = path.steps().get(0).actor().role().name();
        String confirmer = path.steps().get(1).actor().role().name();
        List<CarriedRun.PastEntry> entries = new ArrayList<>();
        if (s.state() != SubmissionState.OPEN && s.submittedAt() != null) {
            entries.add(entry(ConfirmationPath.SUBMIT, "ACT", null, s.submittedBy(), reporter, s.submittedAt()));
        }
        if (s.state() == SubmissionState.CONFIRMED || s.state() == SubmissionState.RETURNED) {
            boolean returned = s.state() == SubmissionState.RETURNED;
            entries.add(entry(
                    ConfirmationPath.CONFIRM,
                    returned ? "RETURN" : "ACT",
                    returned ? s.reason() : null,
                    s.decidedByName(),
                    confirmer,
                    s.decidedAt() == null ? clock.instant() : s.decidedAt()));
        }
        int step = s.state() == SubmissionState.SUBMITTED || s.state() == SubmissionState.CONFIRMED ? 1 : 0;
        boolean finished = s.state() == SubmissionState.CONFIRMED;
        Instant started = s.submittedAt() == null ? clock.instant() : s.submittedAt();
        CarriedRun carried = new CarriedRun(step, finished, 0, started, null, entries);
        long decider = finished && s.decidedBy() != null ? s.decidedBy() : 0;
        s.started(procedures.carryOver(subject(s, owner), path, carried, decider, s.decidedByName()));
    }

    private static CarriedRun.PastEntry entry(
            String step, String action, String opinion, String name, String role, Instant at) {
        return new CarriedRun.PastEntry(
                step, action, null, opinion, name == null ? "历史数据迁移" : name, role, "", at, List.of());
    }
}
