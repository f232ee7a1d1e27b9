package cn.ecozone.dossier;

import cn.ecozone.dossier.internal.DossierEntity;
import cn.ecozone.dossier.internal.DossierProcedure;
import cn.ecozone.dossier.internal.DossierViews;
import cn.ecozone.procedure.RunView;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.registry.ExclusionManagement;
import cn.ecozone.registry.ExclusionQuery;
import cn.ecozone.registry.ExclusionReport;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * How {@link DossierManagement} shows a dossier: the whole view with what the asking user may do, the
 * list line, and the refusal of a submission that lists every blocker (422 {@code blocked}, one field
 * error per blocker in the user's language).
 */
@Component
class DossierRendering {

    private final DossierProcedure procedure;
    private final RoundManagement rounds;
    private final RegionManagement regions;
    private final ExclusionManagement exclusions;

    DossierRendering(
            DossierProcedure procedure,
            RoundManagement rounds,
            RegionManagement regions,
            ExclusionManagement exclusions) {
        this.procedure = procedure;
        this.rounds = rounds;
        this.regions = regions;
        this.exclusions = exclusions;
    }

    /**
     * The list lines of a page, by dossier id, each judged for exclusions when it is read (as of its
     * submission once submitted, else {@code today}), as the dossier page judges it: a register record
     * entered after the dossier's last write shows at once. One evaluation for the whole page (a
     * constant number of statements); {@code missingCount} is the last check's (only a write changes
     * the materials).
     */
    Map<Long, DossierSummary> summaries(List<DossierEntity> page, java.time.LocalDate today) {
        Map<String, ExclusionReport> reports = exclusions.evaluate(page.stream()
                .map(d -> new ExclusionQuery(
                        Long.toString(d.id()),
                        d.regionCode(),
                        d.regulationCode(),
                        d.regulationVersion(),
                        d.state().editable() || d.submittedOn() == null ? today : d.submittedOn()))
                .toList());
        Map<Long, DossierSummary> lines = new HashMap<>();
        for (DossierEntity d : page) {
            ExclusionReport report = reports.get(Long.toString(d.id()));
            lines.put(
                    d.id(),
                    summary(
                            d,
                            report == null ? d.excluded() : report.excluded(),
                            report == null ? d.needsJudgement() : report.needsJudgement()));
        }
        return lines;
    }

    /** The refusal of a submission: the count and the first blocker as the detail, each as a field error. */
    static ApiException blocked(List<DossierView.Blocker> blockers) {
        List<ApiException.FieldError> errors = new ArrayList<>();
        for (var b : blockers) {
            errors.add(new ApiException.FieldError(
                    b.materialCode() == null ? b.code() : b.materialCode(),
                    "error.dossier.blocker",
                    new Object[] {b.messageZh(), b.messageEn()}));
        }
        return new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "blocked",
                "error.dossier.blocked",
                new Object[] {
                    blockers.size(),
                    blockers.getFirst().messageZh(),
                    blockers.getFirst().messageEn()
                },
                errors);
    }

    DossierView view(DossierEntity d, DossierViews.Checked c, Actor actor) {
        RunView run = procedure.run(d, actor);
        boolean subject = DossierViews.isSubject(d, actor);
        List<String> allowed = new ArrayList<>();
        if (subject && d.state().editable()) {
            allowed.add("EDIT");
            allowed.add("SUBMIT");
        }
        if (run != null) {
            boolean atSubject = run.steps().getFirst().code().equals(run.currentStepCode());
            run.allowedActions().stream()
                    .map(RunView.AllowedAction::action)
                    .filter(a -> !(atSubject && "ACT".equals(a)))
                    .distinct()
                    .forEach(allowed::add);
        }
        return new DossierView(
                d.id(),
                d.candidacyId(),
                rounds.view(d.roundId()),
                d.subjectName(),
                d.regionCode(),
                regions.require(d.regionCode()).name(),
                d.subjectLevel(),
                d.programme(),
                d.regulationCode(),
                d.regulationVersion(),
                d.state(),
                d.submittedOn(),
                d.version(),
                allowed,
                c.materials(),
                c.conditions(),
                c.indicators(),
                c.exclusions(),
                c.blockers(),
                run);
    }

    DossierSummary summary(DossierEntity d) {
        return summary(d, d.excluded(), d.needsJudgement());
    }

    private DossierSummary summary(DossierEntity d, boolean excluded, boolean needsJudgement) {
        return new DossierSummary(
                d.id(),
                d.candidacyId(),
                d.roundId(),
                d.subjectName(),
                d.regionCode(),
                regions.require(d.regionCode()).name(),
                d.programme(),
                d.state(),
                d.submittedOn(),
                excluded,
                needsJudgement,
                d.missingCount(),
                d.updatedAt(),
                d.version());
    }
}
