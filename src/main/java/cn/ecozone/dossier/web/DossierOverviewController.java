package cn.ecozone.dossier.web;

import cn.ecozone.dossier.DossierOverview;
import cn.ecozone.dossier.DossierState;
import cn.ecozone.dossier.OverviewFilter;
import cn.ecozone.dossier.OverviewRow;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.ExportRecorder;
import cn.ecozone.shared.PageResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ExportRecorder exports;
    private final DossierOverview overview;

    DossierOverviewController(DossierOverview overview, ExportRecorder exports) {
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
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        // written to memory first, so that an error still answers problem+json
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        overview.export(
                new OverviewFilter(excludedOnly, needsJudgement, programme, regionCode, state),
                CurrentActor.require(),
                out);
        // recorded in the audit log with its filters before the file leaves (issue 14 §5)
        exports.recordExport("DossierOverview:export", ExportRecorder.describe(request.getParameterMap()));
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("否决情形总览.xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }
}
