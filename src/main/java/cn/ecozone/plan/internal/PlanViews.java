package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanState;
import cn.ecozone.plan.PlanStep;
import cn.ecozone.plan.PlanView;
import cn.ecozone.plan.StepType;
import cn.ecozone.procedure.RunView;
import cn.ecozone.procedure.RunView.EntryView;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the view of a plan for an actor from the plan and its runs: the current run with what the
 * actor may do, and one timeline over every revision.
 */
public record PlanViews(
        PlanSteps steps,
        PlanProcedure procedure,
        PlanTextVersions texts,
        RegionManagement regions,
        PlanFilingExplanations explanations,
        LocalDate today) {

    public PlanView of(PlanEntity p, Actor actor) {
        List<PlanStep> path = steps.read(p);
        List<RunView> history = procedure.history(p, actor);
        List<PlanTextEntity> versions = texts.of(p.id());
        List<PlanView.Entry> timeline = timeline(history, path, texts.numbers(versions), texts.issuing(versions));
        List<cn.ecozone.plan.PlanText> files = texts.views(versions, timeline, p.documentId());
        // a plan is never cancelled (its API has no cancel)
        RunView run = history.isEmpty() ? null : history.getLast().without("CANCEL");
        boolean open = run != null && "OPEN".equals(run.state());
        List<String> recorded = explanations.lines(p.filing());
        PlanStanding standing = open
                ? PlanStanding.of(p, recorded, path, true, run.currentStepCode(), run.deadline())
                : PlanStanding.of(p, recorded, path, false, null, null);
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
                files,
                p.revision(),
                p.state(),
                standing.current(),
                path,
                p.promulgationBody(),
                p.promulgatedOn(),
                p.promulgationNumber(),
                p.promulgatedOn() == null ? null : issuingDocument(timeline, files),
                standing.filingDue(),
                standing.explanation(),
                p.filedOn(),
                p.filedLate(),
                p.filingReceivedOn(),
                p.filingReceivedBy(),
                standing.filingOverdue(p, today),
                p.state() == PlanState.RETURNED && run != null
                        ? PlanProcedure.lastMove(run).map(EntryView::opinion).orElse(null)
                        : null,
                p.version(),
                steps.content(p),
                timeline,
                run);
    }

    /** A promulgated plan as the anonymous public column shows it. */
    public static cn.ecozone.plan.PublicPlan publicPlan(PlanEntity p) {
        return new cn.ecozone.plan.PublicPlan(
                p.id(),
                p.title(),
                p.periodStart(),
                p.periodEnd(),
                p.revision(),
                p.state(),
                p.promulgationBody(),
                p.promulgatedOn(),
                p.promulgationNumber(),
                p.filedOn(),
                p.documentId() != null,
                p.issuingDocumentId(),
                p.issuingDocumentName());
    }

    /** The issuing document the latest promulgation carried, or null. */
    private static cn.ecozone.plan.PlanText issuingDocument(
            List<PlanView.Entry> timeline, List<cn.ecozone.plan.PlanText> files) {
        Long id = timeline.stream()
                .filter(e -> "PROMULGATED".equals(e.action()))
                .reduce((first, second) -> second)
                .map(PlanView.Entry::issuingDocumentId)
                .orElse(null);
        return files.stream()
                .filter(f -> id != null && f.documentId() == id)
                .findFirst()
                .orElse(null);
    }

    /**
     * Every revision's entries, the engine's acts named by the plan's step type as the API always did;
     * an act's first document is the text it saw, and one of {@code issuing} the issuing document its
     * promulgation carried.
     */
    private static List<PlanView.Entry> timeline(
            List<RunView> history, List<PlanStep> path, Map<Long, Integer> versions, Set<Long> issuing) {
        List<PlanView.Entry> out = new ArrayList<>();
        for (RunView run : history) {
            for (EntryView e : run.timeline()) {
                Long document = e.documentIds().stream()
                        .filter(d -> !issuing.contains(d))
                        .findFirst()
                        .orElse(null);
                Long issued = e.documentIds().stream()
                        .filter(issuing::contains)
                        .findFirst()
                        .orElse(null);
                boolean attached =
                        cn.ecozone.plan.PlanRecordAction.ATTACHED.name().equals(e.action());
                out.add(new PlanView.Entry(
                        e.stepCode(),
                        action(e, path),
                        e.actorName(),
                        e.actorRole(),
                        e.at(),
                        attached ? null : e.opinion(),
                        e.outcome(),
                        document,
                        document == null ? null : versions.get(document),
                        issued,
                        attached ? e.opinion() : null));
            }
        }
        return out;
    }

    private static String action(EntryView e, List<PlanStep> path) {
        return switch (e.action()) {
            case "RETURN" -> "RETURNED";
            case "WITHDRAW" -> "WITHDRAWN";
            case "CANCEL" -> "CANCELLED";
            case "ACT" ->
                switch (path.stream()
                        .filter(s -> s.code().equals(e.stepCode()))
                        .map(PlanStep::type)
                        .findFirst()
                        .orElse(StepType.EXAMINE)) {
                    case SUBMIT -> "SUBMITTED";
                    case EXAMINE -> "EXAMINED";
                    case EXPERT_REVIEW, MINISTRY_REVIEW -> "REVIEWED";
                    case REVISE -> "REVISED";
                    case PROMULGATE -> "PROMULGATED";
                    case FILE -> "FILED";
                    case RECEIVE_FILING -> "FILING_RECEIVED";
                };
            default -> e.action();
        };
    }
}
