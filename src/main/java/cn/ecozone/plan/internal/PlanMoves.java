package cn.ecozone.plan.internal;

import cn.ecozone.calendar.CalendarManagement;
import cn.ecozone.calendar.Deadline;
import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.deadline.DeadlineRequest;
import cn.ecozone.plan.PlanCommand;
import cn.ecozone.plan.PlanPath;
import cn.ecozone.plan.PlanStep;
import cn.ecozone.plan.StepType;
import cn.ecozone.procedure.ActorLevel;
import cn.ecozone.procedure.BodyActors;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Carries a {@link PlanCommand} out on a plan: the aggregate guards and moves, this adds what lies
 * outside it (the filing deadline from the calendar and its registration with the deadline module,
 * the regulation version a recompilation is pinned to). Precondition: the caller has checked the
 * plan's scope and version, runs in a transaction, and saves the plan afterwards.
 */
@Component
public class PlanMoves {

    /** How plan deadlines are named in the deadline module. */
    public static final String SUBJECT_TYPE = "PLAN";

    public static final String FILING = "PLAN_FILING";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final PlanSteps steps;
    private final PlanPaths paths;
    private final RegulationManagement regulations;
    private final RegionManagement regions;
    private final CalendarManagement calendar;
    private final DeadlineManagement deadlines;
    private final Clock clock;

    PlanMoves(
            PlanSteps steps,
            PlanPaths paths,
            RegulationManagement regulations,
            RegionManagement regions,
            CalendarManagement calendar,
            DeadlineManagement deadlines,
            Clock clock) {
        this.steps = steps;
        this.paths = paths;
        this.regulations = regulations;
        this.regions = regions;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Takes one move on the plan's pinned path; the aggregate refuses with a {@code PlanFacts} fact. */
    public void apply(PlanEntity plan, PlanCommand command, Actor actor) {
        List<PlanStep> path = steps.read(plan);
        Function<ActorLevel, String> regionAt = regionAt(plan);
        Instant now = clock.instant();
        switch (command) {
            case PlanCommand.Submit _ -> plan.submit(path, actor, regionAt, now);
            // the examination and the review record the text they saw (issue 9: attachments are versions)
            case PlanCommand.Examine c -> plan.examine(path, c.opinion(), plan.documentId(), actor, regionAt, now);
            case PlanCommand.Review c ->
                plan.review(
                        path,
                        c.outcome(),
                        c.panel(),
                        c.reviewedOn(),
                        c.opinion(),
                        plan.documentId(),
                        actor,
                        regionAt,
                        now);
            case PlanCommand.Revised c -> plan.revised(path, c.note(), actor, regionAt, now);
            case PlanCommand.Promulgate c -> {
                Deadline due = filingDeadline(plan, path, c.promulgatedOn());
                plan.promulgate(
                        path,
                        c.body(),
                        c.promulgatedOn(),
                        c.documentNumber(),
                        due == null ? null : due.date(),
                        due == null ? null : String.join("\n", due.explanation()),
                        actor,
                        regionAt,
                        now);
                registerFiling(plan, path.get(plan.stepIndex()));
            }
            case PlanCommand.File c -> {
                plan.file(path, c.filedOn(), c.note(), actor, regionAt, now);
                deadlines.close(SUBJECT_TYPE, plan.id(), FILING);
            }
            case PlanCommand.AcknowledgeFiling c ->
                plan.acknowledgeFiling(
                        path, c.receivedOn(), c.opinion(), LocalDate.now(clock.withZone(ZONE)), actor, regionAt, now);
            case PlanCommand.Return c -> plan.returnWithReason(path, c.reason(), actor, regionAt, now);
            case PlanCommand.Withdraw _ -> plan.withdraw(path, actor, regionAt, now);
            case PlanCommand.DeclareMajorChange c -> plan.declareMajorChange(path, c.reason(), actor, regionAt, now);
            case PlanCommand.Recompile _ -> {
                Regulation regulation = regulations.latest(plan.regulationCode(), false);
                Region region = regions.require(plan.subjectRegionCode());
                PlanPath renewed = paths.of(regulation, region.level());
                plan.recompile(path, regulation.version(), steps.write(renewed.steps()), actor, regionAt, now);
            }
        }
    }

    /** The region code whose actor acts at a level of the plan's path. */
    public static Function<ActorLevel, String> regionAt(PlanEntity plan) {
        return regionAt(plan.subjectRegionCode(), plan.subjectRegionPath());
    }

    /** The region code whose actor acts at a level: the subject's, its prefecture's or its province's. */
    public static Function<ActorLevel, String> regionAt(String subjectCode, String subjectPath) {
        return level -> BodyActors.regionAt(level, subjectCode, subjectPath);
    }

    /** The filing deadline as data, so that the deadline list and job remind of it and flag it. */
    private void registerFiling(PlanEntity plan, PlanStep filing) {
        if (plan.filingDue() == null || filing.type() != StepType.FILE) {
            return;
        }
        deadlines.register(new DeadlineRequest(
                SUBJECT_TYPE,
                plan.id(),
                FILING,
                "《" + plan.title() + "》备案",
                plan.subjectRegionCode(),
                filing.role(),
                plan.promulgatedOn(),
                filing.workingDays(),
                filing.counting(),
                "/plans/" + plan.id()));
    }

    private Deadline filingDeadline(PlanEntity plan, List<PlanStep> path, LocalDate promulgatedOn) {
        int next = plan.stepIndex() + 1;
        if (promulgatedOn == null || next >= path.size()) {
            return null;
        }
        PlanStep filing = path.get(next);
        if (filing.workingDays() == null) {
            return null;
        }
        return calendar.deadline(promulgatedOn, filing.workingDays(), filing.counting(), Locale.SIMPLIFIED_CHINESE);
    }
}
