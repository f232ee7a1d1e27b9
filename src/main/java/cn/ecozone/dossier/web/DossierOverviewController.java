package cn.ecozone.dossier.web;

import cn.ecozone.dossier.DossierOverview;
import cn.ecozone.dossier.DossierState;
import cn.ecozone.dossier.OverviewFilter;
import cn.ecozone.dossier.OverviewRow;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.ExportFilters;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The candidacy-and-exclusions overview (issue 11 §2) for province and prefecture department staff,
 * each within the data scope: the paged list and its Excel export.
 */
@RestController
@PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF')")
class DossierOverviewController {

    private final WorkbookExports exports;
    private final DossierOverview overview;

    DossierOverviewController(DossierOverview overview, WorkbookExports exports) {
        this.exports = exports;
        this.overview = overview;
    }

    @GetMapping("/api/dossier-overview")
    PageResult<OverviewRow> list(
            @RequestParam(defaultValue = "false") boolean excludedOnly,
            @RequestParam(defaultValue = "false") boolean needsJudgement,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Size(max = 12) String regionCode,
            @RequestParam(required = false) DossierState state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return overview.list(
                new OverviewFilter(excludedOnly, needsJudgement, programme, regionCode, state),
                page,
                size,
                CurrentActor.require());
    }

    @GetMapping("/api/dossier-overview/export")
    void export(
            @RequestParam(defaultValue = "false") boolean excludedOnly,
            @RequestParam(defaultValue = "false") boolean needsJudgement,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Size(max = 12) String regionCode,
            @RequestParam(required = false) DossierState state,
            HttpServletResponse response)
            throws IOException {
        OverviewFilter filter = new OverviewFilter(excludedOnly, needsJudgement, programme, regionCode, state);
        exports.export(
                response,
                "DossierOverview:export",
                ExportFilters.none()
                        .with("excludedOnly", excludedOnly)
                        .with("needsJudgement", needsJudgement)
                        .with("programme", programme)
                        .with("regionCode", regionCode)
                        .with("state", state),
                "否决情形总览.xlsx",
                out -> overview.export(filter, CurrentActor.require(), out));
    }
}
