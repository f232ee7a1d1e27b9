package cn.ecozone.grading;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.dossier.RoundManagement;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.grading.internal.EvaluationInput;
import cn.ecozone.grading.internal.GradeRows;
import cn.ecozone.grading.internal.GradingRules;
import cn.ecozone.grading.internal.Recommendation;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunView;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.review.PanelResult;
import cn.ecozone.review.ReviewManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.PageResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Xilingol's graded annual evaluation (issue 13 §4, docs/grading.md): the year's counties and where each
 * stands, one evaluation with its panel result and grade, and the committee office's grade. Reads follow
 * the data scope (404 outside it); the grade is the committee office's (the engine's actor of the
 * grading step) and completes the step in the same transaction ({@code GRADE_ASSIGNED}, ADR 0027).
 */
@Service
@Transactional(readOnly = true)
public class GradingManagement {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final DossierSteps steps;
    private final RoundManagement rounds;
    private final RegulationManagement regulations;
    private final RegionManagement regions;
    private final ReviewManagement reviews;
    private final ProcedureManagement procedures;
    private final GradeRows grades;
    private final Recommendation recommendation;
    private final GradingRules rules;
    private final Clock clock;

    GradingManagement(
            DossierSteps steps,
            RoundManagement rounds,
            RegulationManagement regulations,
            RegionManagement regions,
            ReviewManagement reviews,
            ProcedureManagement procedures,
            GradeRows grades,
            Recommendation recommendation,
            GradingRules rules,
            Clock clock) {
        this.steps = steps;
        this.rounds = rounds;
        this.regulations = regulations;
        this.regions = regions;
        this.reviews = reviews;
        this.procedures = procedures;
        this.grades = grades;
        this.recommendation = recommendation;
        this.rules = rules;
        this.clock = clock;
    }

    /** One page of the year's evaluations: a constant number of statements, whatever the page holds. */
    public YearView year(int year, int page, int size, Actor actor) {
        requireYear(year);
        Regulation r = graded(actor);
        ApplicationRules.Grading grading = r.application().review().grading();
        var round = rounds.yearlyRound(r, year + 1);
        if (round.isEmpty()) {
            return YearView.of(year, null, r, grading, new PageResult<>(List.of(), page, size, 0));
        }
        List<DossierSteps.Key> keys = steps.keysOfRound(round.get().id(), actor, null, null);
        int pageSize = Math.clamp(size, 1, 100);
        int from = Math.clamp((long) Math.max(page, 0) * pageSize, 0, keys.size());
        List<Long> ids = keys.subList(from, Math.min(keys.size(), from + pageSize)).stream()
                .map(DossierSteps.Key::dossierId)
                .toList();
        Map<Long, GradeRows.Grade> graded = grades.latestOf(ids);
        List<AnnualEvaluationRow> rows = steps.ofIds(ids).stream()
                .map(d -> EvaluationInput.row(d, graded.get(d.dossier().id())))
                .toList();
        return YearView.of(year, round.get().id(), r, grading, new PageResult<>(rows, page, pageSize, keys.size()));
    }

    /** One evaluation. @throws GradingFacts.EvaluationNotFound outside the reader's scope or not graded-chain */
    public EvaluationView view(long dossierId, Actor actor) {
        Found f = find(dossierId, actor);
        return view(f, grades.latestOf(dossierId).orElse(null), actor);
    }

    /**
     * The committee office grades a county's evaluation waiting at the grading step: the total is the
     * panel's (sum of the criteria's aggregated scores), the band the regulation's {@code gradeOf(total)}
     * (art. 10, bands uncertain), with the opinion, feedback, suggestions and the art. 10 recommendation
     * flag; the grade is stored for the step's current opening and the step completed. Before the panel
     * closed: 409 naming {@code PANEL_CLOSED}; a second grade (or two at once): 409.
     */
    @Transactional
    public EvaluationView grade(long dossierId, GradeInput in, Actor actor) {
        Found f = find(dossierId, actor);
        String opinion = EvaluationInput.text("opinion", in == null ? null : in.opinion(), true);
        String feedback = EvaluationInput.text("feedback", in == null ? null : in.feedback(), false);
        String suggestions = EvaluationInput.text("suggestions", in == null ? null : in.suggestions(), false);
        String gradingStep = gradingStep(f.regulation(), f.at());
        DossierAtStep at = f.at();
        if (!gradingStep.equals(at.currentStepCode())) {
            if (f.panelStep().equals(at.currentStepCode())) {
                throw new GradingFacts.PanelNotClosed(f.panelStep());
            }
            if (at.currentStepCode() == null && grades.latestOf(dossierId).isPresent()) {
                throw new GradingFacts.AlreadyGraded();
            }
            throw new GradingFacts.NotAtGrading(at.currentStepCode());
        }
        PanelResult panel = reviews.results(dossierId, f.panelStep())
                .filter(p -> p.closed() && p.total() != null && !p.earlierOpening())
                .orElseThrow(() -> new GradingFacts.PanelNotClosed(f.panelStep()));
        BigDecimal total = panel.total().setScale(2, RoundingMode.HALF_UP);
        ApplicationRules.Grading grading = f.regulation().application().review().grading();
        ApplicationRules.Band band = grading.gradeOf(total); // 001 art. 10 (bands: data, uncertain)
        Region region = regions.require(at.dossier().regionCode());
        Recommendation.Judged flag = recommendation.judge(region, f.evaluatedYear(), today(), actor);
        try {
            grades.insert(new GradeRows.Grade(
                    dossierId,
                    at.runId(),
                    at.opening(),
                    f.round().id(),
                    f.evaluatedYear(),
                    region.code(),
                    region.path(),
                    at.dossier().subjectName(),
                    f.regulation().code(),
                    f.regulation().version(),
                    total,
                    band.code(),
                    band.nameZh(),
                    opinion,
                    feedback,
                    suggestions,
                    flag.flag(),
                    flag.note(),
                    actor.username(),
                    clock.instant()));
        } catch (DuplicateKeyException twoAtOnce) {
            throw new GradingFacts.AlreadyGraded();
        }
        RunView run = procedures.view(at.runId(), actor);
        procedures.act(
                new ProcedureCommand.Act(
                        run.id(),
                        run.version(),
                        null,
                        null,
                        "综合评议：总分" + total.toPlainString() + "分，评定为“" + band.nameZh() + "”。" + opinion,
                        List.of(),
                        List.of()),
                actor);
        return view(find(dossierId, actor), grades.latestOf(dossierId).orElseThrow(), actor);
    }

    /** Whether the reader's region has a regulation in force with a graded annual evaluation, and which. */
    public record Applicability(
            boolean applies,
            @Nullable String regulationCode,
            @Nullable Integer regulationVersion) {}

    /**
     * Whether the annual evaluation applies to the reader: the regulation in force for its region has a
     * grading cycle ({@code review.grading}, data). The menu shows 年度评估 only then.
     */
    public Applicability applicability(Actor actor) {
        return gradedRegulation(actor)
                .map(r -> new Applicability(true, r.code(), r.version()))
                .orElse(new Applicability(false, null, null));
    }

    /** The regulation with graded evaluation that applies to the reader's region today (Xilingol's). */
    Regulation graded(Actor actor) {
        return gradedRegulation(actor).orElseThrow(GradingFacts.NoGradedEvaluation::new);
    }

    private Optional<Regulation> gradedRegulation(Actor actor) {
        return rules.graded(actor, today());
    }

    private record Found(DossierAtStep at, RoundView round, Regulation regulation, String panelStep) {
        int evaluatedYear() {
            return round.opensOn().getYear() - 1;
        }
    }

    private Found find(long dossierId, Actor actor) {
        DossierAtStep at = steps.find(dossierId).orElseThrow(() -> new GradingFacts.EvaluationNotFound(dossierId));
        Region region = regions.require(at.dossier().regionCode());
        if (!actor.scope().includes(region.path())) {
            throw new GradingFacts.EvaluationNotFound(dossierId);
        }
        RoundView round = rounds.view(at.dossier().roundId());
        Regulation r = regulations
                .find(round.regulationCode(), round.regulationVersion())
                .filter(x -> x.application().review() != null
                        && x.application().review().grading() != null)
                .orElseThrow(() -> new GradingFacts.EvaluationNotFound(dossierId));
        String panelStep =
                GradingRules.panelStep(r, region).orElseThrow(() -> new GradingFacts.EvaluationNotFound(dossierId));
        return new Found(at, round, r, panelStep);
    }

    /** The step that requires {@code GRADE_ASSIGNED} (Xilingol's {@code GRADING}, art. 10). */
    private String gradingStep(Regulation r, DossierAtStep at) {
        return GradingRules.gradingStep(r, regions.require(at.dossier().regionCode()));
    }

    private EvaluationView view(Found f, GradeRows.Grade g, Actor actor) {
        ApplicationRules.Grading grading = f.regulation().application().review().grading();
        PanelResult panel =
                reviews.results(f.at().dossier().id(), f.panelStep()).orElse(null);
        GradeView grade = g == null
                ? null
                : new GradeView(
                        g.evaluatedYear(),
                        g.total(),
                        g.bandCode(),
                        g.bandName(),
                        grading.citation().noteZh(),
                        g.opinion(),
                        g.feedback(),
                        g.suggestions(),
                        g.recommendation(),
                        g.recommendationNote(),
                        panel == null ? List.of() : panel.criteria(),
                        g.gradedBy(),
                        g.gradedAt());
        boolean gradable = actor.role() == cn.ecozone.shared.Role.COMMITTEE_OFFICE
                && gradingStep(f.regulation(), f.at()).equals(f.at().currentStepCode());
        return new EvaluationView(
                EvaluationInput.row(f.at(), g),
                f.evaluatedYear(),
                f.round().title(),
                f.panelStep(),
                panel,
                grade,
                grading.bands(),
                grading.citation().noteZh(),
                gradable);
    }

    static void requireYear(int year) {
        EvaluationInput.requireYear(year);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
