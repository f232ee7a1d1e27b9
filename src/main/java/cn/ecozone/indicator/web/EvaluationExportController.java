package cn.ecozone.indicator.web;

import cn.ecozone.indicator.EvaluationExportManagement;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.ExportFilters;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Excel exports of the scorecard, the ranking and a league's summary (issue 14 §5): the same users
 * and data scope as the pages ({@code /api/evaluations}, {@code /api/evaluations/ranking}).
 */
@RestController
@Access.BusinessStaff
class EvaluationExportController {

    private final EvaluationExportManagement exports;
    private final WorkbookExports workbooks;

    EvaluationExportController(EvaluationExportManagement exports, WorkbookExports workbooks) {
        this.workbooks = workbooks;
        this.exports = exports;
    }

    @GetMapping("/api/evaluations/export")
    void scorecard(
            @RequestParam String edition,
            @RequestParam String region,
            @RequestParam int year,
            @RequestParam(required = false) Long unit,
            HttpServletResponse response)
            throws IOException {
        workbooks.export(
                response,
                "Scorecard:export",
                ExportFilters.none()
                        .with("edition", edition)
                        .with("region", region)
                        .with("year", year)
                        .with("unit", unit),
                "指标评估-" + region + "-" + year + ".xlsx",
                out -> exports.scorecard(edition, region, unit, year, CurrentActor.require(), out));
    }

    @GetMapping("/api/evaluations/ranking/export")
    void ranking(
            @RequestParam String edition,
            @RequestParam String parent,
            @RequestParam int year,
            HttpServletResponse response)
            throws IOException {
        workbooks.export(
                response,
                "Ranking:export",
                ExportFilters.none()
                        .with("edition", edition)
                        .with("parent", parent)
                        .with("year", year),
                "指标排名-" + parent + "-" + year + ".xlsx",
                out -> exports.ranking(edition, parent, year, CurrentActor.require(), out));
    }

    /** The league summary (汇总表) of {@code parent}'s counties for an edition and year. */
    @GetMapping("/api/evaluations/summary/export")
    void summary(
            @RequestParam String edition,
            @RequestParam String parent,
            @RequestParam int year,
            HttpServletResponse response)
            throws IOException {
        workbooks.export(
                response,
                "Summary:export",
                ExportFilters.none()
                        .with("edition", edition)
                        .with("parent", parent)
                        .with("year", year),
                "指标汇总表-" + parent + "-" + year + ".xlsx",
                out -> exports.summary(edition, parent, year, CurrentActor.require(), out));
    }
}
