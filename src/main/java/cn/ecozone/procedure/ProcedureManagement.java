package cn.ecozone.procedure;

import cn.ecozone.procedure.internal.CarryOver;
import cn.ecozone.procedure.internal.Engine;
import cn.ecozone.procedure.internal.Records;
import cn.ecozone.procedure.internal.Retitling;
import cn.ecozone.procedure.internal.Reversals;
import cn.ecozone.procedure.internal.UnmetRequirements;
import cn.ecozone.procedure.internal.Views;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.PageResult;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procedure engine's façade (ADR 0010). A subject module starts a run for its record with a
 * definition (from {@link ProcedureDefinitions} or built in code), passes its users' commands on, and
 * embeds the {@link RunView}. Every operation is guarded by the actor's role, data scope, the task's
 * state and the version, in that order, and refuses with a {@link ProcedureFacts fact} before
 * changing anything.
 */
@Service
@Transactional
public class ProcedureManagement {

    private final Engine engine;
    private final Reversals reversals;
    private final Views views;
    private final InboxListing inbox;
    private final Records records;
    private final CarryOver carryOver;
    private final Retitling retitling;
    private final UnmetRequirements unmetRequirements;

    ProcedureManagement(
            Engine engine,
            Reversals reversals,
            Views views,
            InboxListing inbox,
            Records records,
            CarryOver carryOver,
            Retitling retitling,
            UnmetRequirements unmetRequirements) {
        this.engine = engine;
        this.reversals = reversals;
        this.views = views;
        this.inbox = inbox;
        this.records = records;
        this.carryOver = carryOver;
        this.retitling = retitling;
        this.unmetRequirements = unmetRequirements;
    }

    /**
     * Starts a run for {@code subject}, pinning {@code definition}'s steps, and opens its first step.
     * Precondition: the subject's type, title and link are well formed (a caller's bug otherwise).
     *
     * @throws ProcedureFacts.NotTheActor when {@code actor} is not the first step's actor
     */
    public RunView start(ProcedureSubject subject, ProcedureDefinition definition, Actor actor) {
        return views.view(engine.start(subject, definition, actor), actor);
    }

    /** Carries out a command and returns the run as the actor now sees it. */
    public RunView act(ProcedureCommand command, Actor actor) {
        switch (command) {
            case ProcedureCommand.Act a -> engine.act(a, actor);
            case ProcedureCommand.Return r -> reversals.returnRun(r, actor);
            case ProcedureCommand.Withdraw w -> reversals.withdraw(w, actor);
            case ProcedureCommand.Cancel c -> reversals.cancel(c, actor);
            case ProcedureCommand.Reopen o -> reversals.reopen(o, actor);
        }
        return views.view(command.runId(), actor);
    }

    /**
     * Completes the actor's task as {@link #act(ProcedureCommand, Actor)} does; the periods of later
     * steps that count from this step run from {@code countsFrom}, a date the actor entered (IM eco-civ
     * art. 6: a plan is filed within 15 working days of its promulgation, not of the day the
     * promulgation was recorded). Precondition: the subject module has checked the date (e.g. not after
     * today).
     */
    public RunView act(ProcedureCommand.Act command, LocalDate countsFrom, Actor actor) {
        engine.act(command, countsFrom, actor);
        return views.view(command.runId(), actor);
    }

    /**
     * Ends open run {@code runId} for its subject module, with no actor (a platform act): open tasks
     * cancelled, the step's period closed, a {@code CANCEL} entry with {@code reason} (at most 2000
     * characters) on the timeline. Does nothing to a run that is no longer open. Precondition: the
     * subject module has decided that its record's procedure is over (e.g. an escalated rectification).
     */
    public void end(long runId, String reason) {
        reversals.end(runId, reason);
    }

    /**
     * Appends the subject module's own entry to the run's one timeline, without moving the run and in
     * whatever state it is (e.g. a plan's attached text, its expiry, a recompilation).
     *
     * @param action an upper-case code of at most 16 characters, not one of the engine's ({@code ACT},
     *     {@code RETURN}, {@code WITHDRAW}, {@code CANCEL})
     * @param actor who did it, or {@code null} for the platform itself (a scheduled job)
     * @throws ProcedureFacts.RunNotFound when the run is absent or outside the actor's scope
     */
    public void record(long runId, String action, String opinion, List<Long> documentIds, Actor actor) {
        records.record(runId, action, opinion, documentIds, actor);
    }

    /**
     * The subject record was renamed: its open runs show {@code title} from now on (inbox, notices)
     * and so do their steps' open deadlines. Finished runs keep theirs. Precondition: a title of 1 to
     * 300 characters; the caller has checked the actor may rename the record.
     */
    public void retitle(String subjectType, long subjectId, String title) {
        retitling.retitle(subjectType, subjectId, title);
    }

    /**
     * Puts a record that went part of its path before the engine ran it onto the engine (a migration):
     * a run pinned to {@code definition}, waiting at {@code carried.currentStep()} (or finished), with
     * its old timeline. Precondition: the subject has no run yet (the caller's migration checks it).
     *
     * @return the run's id
     */
    public long carryOver(ProcedureSubject subject, ProcedureDefinition definition, CarriedRun carried) {
        return carryOver.carry(subject, definition, carried);
    }

    /**
     * As {@link #carryOver(ProcedureSubject, ProcedureDefinition, CarriedRun)}, for a finished record
     * whose finishing act user {@code finishedBy} took (named {@code finisherName}): the run keeps that
     * act, so that this user alone may reopen it (e.g. an indicator year confirmed before the engine).
     * Publishes no events and notifies nobody.
     */
    public long carryOver(
            ProcedureSubject subject,
            ProcedureDefinition definition,
            CarriedRun carried,
            long finishedBy,
            String finisherName) {
        return carryOver.carry(subject, definition, carried, finishedBy, finisherName);
    }

    /** Every run of a subject record in the actor's scope, the earliest first. */
    @Transactional(readOnly = true)
    public List<RunView> history(String subjectType, long subjectId, Actor actor) {
        return views.history(subjectType, subjectId, actor);
    }

    /** The run with what the actor may do now; {@code RunNotFound} outside the actor's scope. */
    @Transactional(readOnly = true)
    public RunView view(long runId, Actor actor) {
        return views.view(runId, actor);
    }

    /**
     * As {@link #view}, with {@code REOPEN} among the allowed actions when the run is finished and
     * {@code actor} did the act that finished it: for procedures whose subject offers reopening
     * (indicator confirmation); others never offer it.
     */
    @Transactional(readOnly = true)
    public RunView viewReopenable(long runId, Actor actor) {
        return views.viewReopenable(runId, actor);
    }

    /**
     * Where each run stands (state, waiting step, its deadline), by run id, for a list of subjects the
     * caller has already scoped: two statements however many runs. It joins the caller's transaction
     * and opens none of its own: both statements are plain JDBC (ADR 0017's rule for reads), and a
     * read-only JPA transaction begun and committed for them was a tenth of a plan-list request
     * (docs/performance.md "Lists, fourth pass").
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, RunSummary> summaries(Collection<Long> runIds) {
        return views.summaries(runIds);
    }

    /**
     * The timelines of many runs by run id (runs without entries are left out), e.g. for a module's
     * entries in the candidacy archive: one statement however many runs. Precondition: the caller has
     * checked the runs' subjects lie in the reader's scope.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, List<RunView.EntryView>> timelines(Collection<Long> runIds) {
        return views.timelines(runIds);
    }

    /**
     * What the current step of an open run requires and is not on record (ADR 0027), e.g. to show why
     * a candidacy waits: empty when nothing is missing or the run is not open. Asks the modules as an
     * act would, without an outcome. Precondition: the caller has checked the run lies in the
     * reader's scope.
     */
    @Transactional(readOnly = true)
    public List<StepRequirement.Unmet> unmet(long runId) {
        return unmetRequirements.unmet(runId);
    }

    /**
     * As {@link #unmet(long)} for many runs, for a list page (the round overview): a constant number of
     * statements whatever their number. Only runs with something unmet are in the map. Precondition: as
     * {@link #unmet(long)}, for every run.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<StepRequirement.Unmet>> unmet(Collection<Long> runIds) {
        return unmetRequirements.unmet(runIds);
    }

    /** The latest run of a subject record, if any lies in the actor's scope. */
    @Transactional(readOnly = true)
    public Optional<RunView> forSubject(String subjectType, long subjectId, Actor actor) {
        return views.forSubject(subjectType, subjectId, actor);
    }

    /**
     * What waits for the actor across every procedure, in its data scope, narrowed by {@code filter}
     * and in its order (the earliest due first by default): one statement for the page and one for
     * the count ({@link InboxListing#list}).
     *
     * @param size 1 to 100 (clamped)
     */
    @Transactional(readOnly = true)
    public PageResult<InboxItem> inbox(Actor actor, InboxFilter filter, int page, int size) {
        return inbox.list(filter == null ? InboxFilter.all() : filter, page, size, actor);
    }
}
