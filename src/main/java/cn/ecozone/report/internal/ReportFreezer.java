package cn.ecozone.report.internal;

import cn.ecozone.indicator.EvaluationManagement;
import cn.ecozone.indicator.Scorecard;
import cn.ecozone.project.KeyProjectFilter;
import cn.ecozone.project.KeyProjectManagement;
import cn.ecozone.project.KeyProjectView;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a report freezes when the subject submits it (ADR 0034): the year's indicator scorecard of the
 * subject's region in the edition its regulation's {@code indicators[]} names for its level, and the key
 * projects of its region and programme running that year with their status, both as JSON. A value
 * changed afterwards does not alter them.
 */
@Component
class ReportFreezer {

    /** At most this many key projects are frozen with a report (a county's library is far smaller). */
    static final int MAX_PROJECTS = 200;

    private final EvaluationManagement evaluation;
    private final KeyProjectManagement projects;
    private final JsonMapper json;

    ReportFreezer(EvaluationManagement evaluation, KeyProjectManagement projects, JsonMapper json) {
        this.evaluation = evaluation;
        this.projects = projects;
        this.json = json;
    }

    /** A key project as frozen with a report. */
    record FrozenProject(
            long id,
            String name,
            String status,
            BigDecimal investment,
            Integer startYear,
            Integer endYear,
            String transformationMode) {}

    /**
     * The scorecard as JSON, or {@code null} when the regulation names no edition for the level (IM
     * counties) or the year lies outside the edition's years (the view then says so).
     */
    String scorecard(ReportEntity r, Actor actor) {
        if (r.scorecardEdition() == null) {
            return null;
        }
        try {
            Scorecard card = evaluation.evaluate(
                    r.scorecardEdition(), r.regionCode(), null, r.year(), actor, Locale.SIMPLIFIED_CHINESE);
            return json.writeValueAsString(card);
        } catch (ApiException e) {
            return null;
        }
    }

    /** The key projects of the region and programme running in the report's year, with their status. */
    String projects(ReportEntity r, Actor actor) {
        List<FrozenProject> list = projects
                .list(new KeyProjectFilter(r.regionCode(), r.programme(), null, r.year(), null), 0, MAX_PROJECTS, actor)
                .content()
                .stream()
                .map(ReportFreezer::frozen)
                .toList();
        return json.writeValueAsString(list);
    }

    private static FrozenProject frozen(KeyProjectView p) {
        return new FrozenProject(
                p.id(),
                p.name(),
                p.status() == null ? null : p.status().name(),
                p.investment(),
                p.startYear(),
                p.endYear(),
                p.transformationMode());
    }
}
