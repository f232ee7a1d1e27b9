package cn.ecozone.procedure;

import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.procedure.internal.Engine;
import cn.ecozone.procedure.internal.Reversals;
import cn.ecozone.procedure.internal.Tasks;
import cn.ecozone.procedure.internal.Views;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.util.Optional;
import org.springframework.stereotype.Service;
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

    private static final int MAX_PAGE_SIZE = 100;

    private final Engine engine;
    private final Reversals reversals;
    private final Views views;
    private final Tasks tasks;
    private final DeadlineManagement deadlines;

    ProcedureManagement(Engine engine, Reversals reversals, Views views, Tasks tasks, DeadlineManagement deadlines) {
        this.engine = engine;
        this.reversals = reversals;
        this.views = views;
        this.tasks = tasks;
        this.deadlines = deadlines;
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

    /** The latest run of a subject record, if any lies in the actor's scope. */
    @Transactional(readOnly = true)
    public Optional<RunView> forSubject(String subjectType, long subjectId, Actor actor) {
        return views.forSubject(subjectType, subjectId, actor);
    }

    /**
     * What waits for the actor across every procedure, in its data scope, the earliest due first: one
     * statement for the page and one for the count.
     *
     * @param size 1 to 100 (clamped)
     */
    @Transactional(readOnly = true)
    public PageResult<InboxItem> inbox(Actor actor, InboxFilter filter, int page, int size) {
        InboxFilter f = filter == null ? InboxFilter.all() : filter;
        String type = f.subjectType() == null || f.subjectType().isBlank() ? null : f.subjectType();
        var result = tasks.inbox(
                actor.role(),
                actor.regionCode(),
                actor.organizationId(),
                actor.userId(),
                actor.scope().pathPattern(),
                type == null,
                type == null ? "" : type,
                f.overdueOnly(),
                Like.containing(f.keyword()).toLowerCase(java.util.Locale.ROOT),
                deadlines.today(),
                Paging.of(page, size, MAX_PAGE_SIZE));
        return PageResult.of(result, i -> i);
    }
}
