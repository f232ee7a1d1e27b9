package cn.ecozone.enforcement.internal;

import cn.ecozone.calendar.CalendarManagement;
import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.deadline.RegisteredDeadline;
import cn.ecozone.enforcement.EnforcementFacts;
import cn.ecozone.enforcement.Evidence;
import cn.ecozone.enforcement.ProposalState;
import cn.ecozone.enforcement.RectificationState;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acts on a rectification's run: the subject's report (kept with the rectification, its text the
 * step's opinion and its documents, uploaded for this rectification, the step's documents), the
 * department's acceptance (the run ends, the rectification is completed) or return with a reason. The
 * engine guards who acts and the run's {@code version} (a stale one is 409). The subject's deadline
 * stops at the report and starts again, with the working days that were left, at a return (review
 * finding 9); a late acceptance is told to the open proposal it triggered (finding 5).
 */
@Component
public class RectificationActs {

    /** Action code of the timeline line a late completion writes on the open proposal it triggered. */
    static final String LATE_DONE = "LATE_DONE";

    private final Rectifications rectifications;
    private final Proposals proposals;
    private final RectificationOrders orders;
    private final ProcedureManagement procedures;
    private final DeadlineManagement deadlines;
    private final CalendarManagement calendar;
    private final Clock clock;

    RectificationActs(
            Rectifications rectifications,
            Proposals proposals,
            RectificationOrders orders,
            ProcedureManagement procedures,
            DeadlineManagement deadlines,
            CalendarManagement calendar,
            Clock clock) {
        this.rectifications = rectifications;
        this.proposals = proposals;
        this.orders = orders;
        this.procedures = procedures;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * The subject reports; a report made by the due day closes its deadline (so the department's review
     * cannot make it overdue), a later one leaves it for the deadline job to flag (review s14 finding 4).
     *
     * @throws EnforcementFacts.ForeignDocuments for a document not uploaded for this rectification
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RectificationEntity report(long id, long version, String report, List<Long> documentIds, Actor actor) {
        RectificationEntity r = locked(id, actor);
        r.reported(report, documentIds, deadlines.today());
        procedures.act(new ProcedureCommand.Act(r.runId(), version, null, null, r.report(), documentIds, null), actor);
        if (r.reportedInTime()) {
            deadlines.close(EnforcementRules.RECTIFICATION_RUN, r.id(), RectificationOrders.DEADLINE_KIND);
        }
        return rectifications.saveAndFlush(r);
    }

    /** The department accepts; an overdue rectification completed so tells its open proposals. */
    @Transactional(propagation = Propagation.MANDATORY)
    public RectificationEntity accept(long id, long version, String opinion, Actor actor) {
        RectificationEntity r = locked(id, actor).requireActive();
        boolean late = r.state() == RectificationState.OVERDUE;
        var run = procedures.act(new ProcedureCommand.Act(r.runId(), version, null, null, opinion, null, null), actor);
        if ("FINISHED".equals(run.state())) {
            r.completed();
            deadlines.close(EnforcementRules.RECTIFICATION_RUN, r.id(), RectificationOrders.DEADLINE_KIND);
            if (late) {
                tellOpenProposals(r, actor);
            }
        }
        return rectifications.saveAndFlush(r);
    }

    /**
     * The department returns the report: the subject gets a deadline again, of the working days that
     * were left on the day it reported (at least 1), counted from the day after the return. The rules
     * are silent on this (uncertain, docs/enforcement.md).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RectificationEntity returnReport(long id, long version, String reason, Actor actor) {
        RectificationEntity r = locked(id, actor).requireActive();
        LocalDate reportedOn = r.reportedOn();
        procedures.act(new ProcedureCommand.Return(r.runId(), version, reason), actor);
        int left = left(reportedOn, r.period().dueOn());
        RegisteredDeadline due = orders.subjectDeadline(r, deadlines.today(), left);
        // uncertain: the seeds say nothing of the period after a return (docs/enforcement.md, The chain)
        String rule = "退回补正：报告时尚余 " + left + " 个工作日（至少 1 个），自退回次日起重新计算（规程未规定，平台暂定，待核实）";
        r.returned().rescheduled(due.dueDate(), rule + "\n" + String.join("\n", due.explanation()));
        return rectifications.saveAndFlush(r);
    }

    /**
     * Whether {@code actor} may upload a document for the report of rectification {@code id} now: in
     * scope (404 otherwise), still running (409) and holding the subject's task (403).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireUploadable(long id, Actor actor) {
        requireSubjectTask(
                rectifications
                        .findById(id)
                        .filter(r -> actor.scope().includes(r.regionPath()))
                        .orElseThrow(EnforcementFacts.RectificationNotFound::new)
                        .requireActive(),
                actor);
    }

    /** Keeps stored document {@code documentId} with the rectification, checking again under its lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public RectificationEntity attach(long id, long documentId, String name, Actor actor) {
        RectificationEntity r = locked(id, actor).requireActive();
        requireSubjectTask(r, actor);
        return rectifications.saveAndFlush(r.attach(documentId, name, actor.username(), clock.instant()));
    }

    private void requireSubjectTask(RectificationEntity r, Actor actor) {
        // the subject's step is the path's first (enforcement.rectification in the regulation's data)
        var run = procedures.view(r.runId(), actor);
        String first = run.steps().getFirst().code();
        boolean reports =
                run.allowedActions().stream().anyMatch(a -> "ACT".equals(a.action()) && first.equals(a.stepCode()));
        if (!reports) {
            throw new cn.ecozone.procedure.ProcedureFacts.NotTheActor();
        }
    }

    /** The working days after {@code reportedOn} up to {@code dueOn}, at least 1. */
    private int left(LocalDate reportedOn, LocalDate dueOn) {
        if (reportedOn == null || dueOn == null || !reportedOn.isBefore(dueOn)) {
            return 1;
        }
        return Math.max(1, calendar.workingDaysBetween(reportedOn.plusDays(1), dueOn));
    }

    private void tellOpenProposals(RectificationEntity r, Actor actor) {
        LocalDate today = deadlines.today();
        String text = "整改已于 " + today + " 逾期完成（限期至 " + r.period().dueOn() + "），" + actor.displayName() + "确认完成";
        for (ProposalEntity p : proposals.lockByRectification(r.id(), ProposalState.OPEN)) {
            proposals.saveAndFlush(
                    p.evidenced(Evidence.record("RECTIFICATION", r.id(), "COMPLETED_LATE", text, today)));
            procedures.record(p.runId(), LATE_DONE, text, null, actor);
        }
    }

    private RectificationEntity locked(long id, Actor actor) {
        return rectifications
                .lockById(id)
                .filter(r -> actor.scope().includes(r.regionPath()))
                .orElseThrow(EnforcementFacts.RectificationNotFound::new);
    }
}
