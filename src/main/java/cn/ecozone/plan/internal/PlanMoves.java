package cn.ecozone.plan.internal;

import cn.ecozone.calendar.CalendarManagement;
import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.plan.PlanCommand;
import cn.ecozone.plan.PlanCommand.ReviewOutcome;
import cn.ecozone.plan.PlanFacts.DateInFuture;
import cn.ecozone.plan.PlanFacts.DocumentMissing;
import cn.ecozone.plan.PlanFacts.FiledBeforePromulgation;
import cn.ecozone.plan.PlanFacts.OutcomeNotAllowed;
import cn.ecozone.plan.PlanFacts.ReceiptDateOutOfRange;
import cn.ecozone.plan.PlanFacts.ValueMissing;
import cn.ecozone.plan.PlanPath;
import cn.ecozone.plan.PlanRecordAction;
import cn.ecozone.plan.PlanState;
import cn.ecozone.plan.PlanStep;
import cn.ecozone.plan.PlanStepTaken;
import cn.ecozone.plan.StepType;
import cn.ecozone.procedure.RunView;
import cn.ecozone.procedure.RunView.AllowedAction;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Carries a {@link PlanCommand} out: the path's moves go to the plan's run ({@link PlanProcedure}),
 * after the plan's own checks of what the move records (opinion, dates, numbers), which come after the
 * actor's role; the plan keeps what the move recorded and mirrors where its run stands, and a {@link
 * PlanStepTaken} is published. Precondition: the caller has checked the plan's scope and version, runs
 * in a transaction, and saves the plan afterwards.
 */
@Component
public class PlanMoves {

    private final PlanSteps steps;
    private final PlanPaths paths;
    private final PlanProcedure procedure;
    private final RegulationManagement regulations;
    private final RegionManagement regions;
    private final CalendarManagement calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanMoves(
            PlanSteps steps,
            PlanPaths paths,
            PlanProcedure procedure,
            RegulationManagement regulations,
            RegionManagement regions,
            CalendarManagement calendar,
            ApplicationEventPublisher events,
            Clock clock) {
        this.steps = steps;
        this.paths = paths;
        this.procedure = procedure;
        this.regulations = regulations;
        this.regions = regions;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Refuses a promulgation by this actor now (not the promulgation step, or not its actor), before an
     * issuing document's bytes are stored; {@link #apply} checks again with the values.
     */
    public void requirePromulgation(PlanEntity plan, Actor actor) {
        List<PlanStep> path = steps.read(plan);
        procedure.task(plan, path, procedure.run(plan, actor), PlanActors.of(actor, plan), StepType.PROMULGATE);
    }

    /** Takes one move; refusals are {@code PlanFacts} (or the engine's) facts, before anything changes. */
    public void apply(PlanEntity plan, PlanCommand command, Actor actor) {
        List<PlanStep> path = steps.read(plan);
        PlanActors actors = PlanActors.of(actor, plan);
        RunView run = procedure.run(plan, actor);
        LocalDate today = LocalDate.now(clock.withZone(DeadlineManagement.ZONE));
        switch (command) {
            case PlanCommand.Submit _ -> {
                AllowedAction task = procedure.task(plan, path, run, actors, StepType.SUBMIT);
                if (plan.documentId() == null) {
                    throw new DocumentMissing();
                }
                moved(plan, path, "SUBMITTED", procedure.act(run, task, null, null, seen(plan), null, actor));
            }
            // the examination and the review record the text they saw (issue 9: attachments are versions)
            case PlanCommand.Examine c -> {
                AllowedAction task = procedure.task(plan, path, run, actors, StepType.EXAMINE);
                String opinion = required("opinion", c.opinion());
                moved(plan, path, "EXAMINED", procedure.act(run, task, null, opinion, seen(plan), null, actor));
            }
            case PlanCommand.Review c -> review(plan, path, run, actors, c);
            case PlanCommand.Revised c -> {
                AllowedAction task = procedure.task(plan, path, run, actors, StepType.REVISE);
                moved(plan, path, "REVISED", procedure.act(run, task, null, c.note(), seen(plan), null, actor));
            }
            case PlanCommand.Promulgate c -> {
                AllowedAction task = procedure.task(plan, path, run, actors, StepType.PROMULGATE);
                String body = required("body", c.body());
                String number = required("documentNumber", c.documentNumber());
                LocalDate on = past("promulgatedOn", c.promulgatedOn(), today);
                String record = body + "；" + on + "；" + number;
                // the text it saw, then the issuing document it carries (PlanViews tells them apart by kind)
                List<Long> documents = new ArrayList<>(seen(plan));
                if (c.issuingDocumentId() != null) {
                    documents.add(c.issuingDocumentId());
                }
                // IM eco-civ art. 6: the filing period runs from the promulgation date, not from today
                RunView after = procedure.act(run, task, null, record, documents, on, actor);
                plan.promulgated(body, on, number);
                if (after.deadline() != null) {
                    // what the explanation is made of, rendered in each reader's language (issue 14 §8)
                    PlanStep filing = path.stream()
                            .filter(s -> s.type() == StepType.FILE)
                            .findFirst()
                            .orElse(null);
                    plan.filingDue(
                            after.deadline().due(),
                            filing == null ? null : filing.workingDays(),
                            filing == null || filing.counting() == null
                                    ? null
                                    : filing.counting().name(),
                            filing == null ? null : filing.article());
                }
                moved(plan, path, "PROMULGATED", after);
            }
            case PlanCommand.File c -> {
                AllowedAction task = procedure.task(plan, path, run, actors, StepType.FILE);
                LocalDate on = past("filedOn", c.filedOn(), today);
                if (plan.promulgatedOn() != null && on.isBefore(plan.promulgatedOn())) {
                    throw new FiledBeforePromulgation();
                }
                RunView after = procedure.act(run, task, null, c.note(), List.of(), null, actor);
                // late by the working days after the deadline up to the filing date
                LocalDate due = plan.filingDue();
                plan.filed(on, due == null || !on.isAfter(due) ? 0 : calendar.workingDaysBetween(due.plusDays(1), on));
                moved(plan, path, "FILED", after);
            }
            case PlanCommand.AcknowledgeFiling c -> {
                AllowedAction task = procedure.task(plan, path, run, actors, StepType.RECEIVE_FILING);
                LocalDate on = c.receivedOn();
                if (on == null) {
                    throw new ValueMissing("receivedOn");
                }
                if (plan.filedOn() != null && on.isBefore(plan.filedOn()) || on.isAfter(today)) {
                    throw new ReceiptDateOutOfRange(plan.filedOn(), today);
                }
                RunView after = procedure.act(run, task, null, c.opinion(), List.of(), null, actor);
                plan.received(on, actor.organizationName());
                moved(plan, path, "FILING_RECEIVED", after);
            }
            case PlanCommand.Return c -> {
                procedure.requireReturn(plan, path, run, actors);
                String reason = required("reason", c.reason());
                moved(plan, path, "RETURNED", procedure.returnWithReason(run, reason, actor));
            }
            case PlanCommand.Withdraw _ -> moved(plan, path, "WITHDRAWN", procedure.withdraw(plan, path, run, actors));
            case PlanCommand.DeclareMajorChange c -> {
                plan.declareMajorChange(path, actors, c.reason(), clock.instant());
                procedure.record(plan, PlanRecordAction.MAJOR_CHANGE, c.reason(), List.of(), actor);
                publish(plan, "MAJOR_CHANGE", null);
            }
            case PlanCommand.Recompile _ -> recompile(plan, path, actors);
        }
    }

    /**
     * The expert (or Ministry) review: {@code PASS} and {@code REVISE} go on to the subject's revision;
     * {@code FAIL} sends the plan back to the subject with the opinion (the engine leaves what a FAIL
     * means to the subject module; the step's {@code return_to} is the initiator).
     */
    private void review(PlanEntity plan, List<PlanStep> path, RunView run, PlanActors actors, PlanCommand.Review c) {
        AllowedAction task = procedure.task(plan, path, run, actors, StepType.EXPERT_REVIEW, StepType.MINISTRY_REVIEW);
        if (c.outcome() == null) {
            throw new OutcomeNotAllowed();
        }
        String opinion = required("opinion", c.opinion());
        boolean expert = PlanProcedure.step(path, run.currentStepCode()).type() == StepType.EXPERT_REVIEW;
        String panel = expert ? required("panel", c.panel()) : null;
        if (c.reviewedOn() == null) {
            throw new ValueMissing("reviewedOn");
        }
        String recorded = opinion + "（" + (panel == null ? "" : panel + "；") + c.reviewedOn() + "）";
        if (c.outcome() == ReviewOutcome.FAIL) {
            moved(plan, path, "REVIEW_FAILED", procedure.returnWithReason(run, recorded, actors.actor()));
            return;
        }
        RunView after = procedure.act(run, task, c.outcome().name(), recorded, seen(plan), null, actors.actor());
        moved(plan, path, "REVIEWED", after);
    }

    /** A new revision in draft on the path of the regulation version now in force, on a new run. */
    private void recompile(PlanEntity plan, List<PlanStep> path, PlanActors actors) {
        plan.requireRecompilable(path, actors);
        Regulation regulation = regulations.latest(plan.regulationCode(), false);
        PlanPath renewed =
                paths.of(regulation, regions.require(plan.subjectRegionCode()).level());
        procedure.record(
                plan, PlanRecordAction.RECOMPILING, "第" + (plan.revision() + 1) + "版", List.of(), actors.actor());
        plan.recompile(regulation.version(), steps.write(renewed.steps()), clock.instant());
        procedure.start(plan, actors.actor());
        publish(plan, "RECOMPILING", null);
    }

    /** Mirrors the run's position onto the plan and tells the other modules. */
    private void moved(PlanEntity plan, List<PlanStep> path, String action, RunView after) {
        plan.moved(PlanProcedure.state(after, path), clock.instant());
        publish(plan, action, plan.state() == PlanState.IN_PROGRESS ? after.currentStepCode() : null);
    }

    private void publish(PlanEntity plan, String action, String nextStep) {
        events.publishEvent(new PlanStepTaken(
                plan.id(),
                plan.subjectRegionCode(),
                plan.programme(),
                action,
                nextStep,
                plan.state(),
                plan.filingDue()));
    }

    /** The text the step saw: the plan's current document version. */
    private static List<Long> seen(PlanEntity plan) {
        return plan.documentId() == null ? List.of() : List.of(plan.documentId());
    }

    private static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ValueMissing(field);
        }
        return text.strip();
    }

    /** A date of something that happened: given, and not after today. */
    private static LocalDate past(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            throw new ValueMissing(field);
        }
        if (date.isAfter(today)) {
            throw new DateInFuture(field, today);
        }
        return date;
    }
}
