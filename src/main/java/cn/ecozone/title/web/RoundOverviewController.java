package cn.ecozone.title.web;

import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.ExportFilters;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import cn.ecozone.title.RoundOverview;
import cn.ecozone.title.RoundOverviewFilter;
import cn.ecozone.title.RoundOverviewRow;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The round overview (issue 12 §6): the province's staff, and a league's or city's bureau for its own. */
@RestController
@PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF')")
class RoundOverviewController {

    private final WorkbookExports exports;
    private final RoundOverview overview;

    RoundOverviewController(RoundOverview overview, WorkbookExports exports) {
        this.exports = exports;
        this.overview = overview;
    }

    @GetMapping("/api/round-overview/{roundId}")
    PageResult<RoundOverviewRow> list(
            @PathVariable long roundId,
            @RequestParam(required = false) String stepCode,
            @RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return overview.list(
                roundId,
                new RoundOverviewFilter(stepCode, regionCode, overdueOnly, q),
                page,
                size,
                CurrentActor.require());
    }

    @GetMapping("/api/round-overview/{roundId}/export")
    void export(
            @PathVariable long roundId,
            @RequestParam(required = false) String stepCode,
            @RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "false") boolean overdueOnly,
            @RequestParam(required = false) String q,
            HttpServletResponse response)
            throws IOException {
        RoundOverviewFilter filter = new RoundOverviewFilter(stepCode, regionCode, overdueOnly, q);
        exports.export(
                response,
                "RoundOverview:export",
                ExportFilters.none()
                        .with("round", roundId)
                        .with("stepCode", stepCode)
                        .with("regionCode", regionCode)
                        .with("overdueOnly", overdueOnly)
                        .with("q", q),
                "批次进度总览.xlsx",
                out -> overview.export(roundId, filter, CurrentActor.require(), out));
    }
}
