package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanState;
import cn.ecozone.plan.PlanStep;
import cn.ecozone.plan.PlanView;
import cn.ecozone.plan.StepType;
import cn.ecozone.procedure.ActorLevel;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Builds the view of a plan for an actor, with the flags of what the actor may do. */
public record PlanViews(PlanSteps steps, RegionManagement regions, PlanTimeline timeline, LocalDate today) {

    public PlanView of(PlanEntity p, Actor actor, Function<ActorLevel, String> regionAt) {
        List<PlanStep> path = steps.read(p);
        boolean inProgress = p.state() == PlanState.IN_PROGRESS;
        boolean withSubject = p.state() == PlanState.DRAFT || p.state() == PlanState.RETURNED;
        // a path that does not start with a submission (e.g. promulgation by the subject) starts at its first step
        boolean startsWithSubmit = path.getFirst().type() == StepType.SUBMIT;
        PlanStep current = inProgress || withSubject && !startsWithSubmit ? path.get(p.stepIndex()) : null;
        boolean subject = PlanEntity.fits(path.getFirst(), actor, regionAt);
        boolean actsNow = current != null && PlanEntity.fits(current, actor, regionAt);
        boolean overdue = p.filingDue() != null && p.filedOn() == null && today.isAfter(p.filingDue());
        return new PlanView(
                p.id(),
                p.regulationCode(),
                p.regulationVersion(),
                p.programme(),
                p.planKind(),
                p.subjectRegionCode(),
                regions.require(p.subjectRegionCode()).name(),
                p.title(),
                p.periodStart(),
                p.periodEnd(),
                p.documentId(),
                p.documentName(),
                p.revision(),
                p.state(),
                current,
                path,
                p.promulgationBody(),
                p.promulgatedOn(),
                p.promulgationNumber(),
                p.filingDue(),
                p.filingExplanation() == null
                        ? List.of()
                        : Arrays.asList(p.filingExplanation().split("\n")),
                p.filedOn(),
                p.filedLate(),
                p.filingReceivedOn(),
                p.filingReceivedBy(),
                overdue,
                p.returnReason(),
                p.version(),
                withSubject && subject,
                withSubject && subject && p.documentId() != null && startsWithSubmit,
                actsNow,
                actsNow && current.at() != ActorLevel.SUBJECT,
                inProgress && p.stepIndex() == 1 && subject,
                steps.content(p),
                timeline.findByPlanIdOrderByIdAsc(p.id()).stream()
                        .map(e -> new PlanView.Entry(
                                e.stepCode(),
                                e.action(),
                                e.actorName(),
                                e.actorRole(),
                                e.actedAt(),
                                e.opinion(),
                                e.outcome(),
                                e.documentId(),
                                e.detail()))
                        .toList());
    }
}
