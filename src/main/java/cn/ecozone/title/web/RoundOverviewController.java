package cn.ecozone.title.web;

import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.ExportRecorder;
import cn.ecozone.shared.PageResult;
import cn.ecozone.title.RoundOverview;
import cn.ecozone.title.RoundOverviewFilter;
import cn.ecozone.title.RoundOverviewRow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The round overview (issue 12 §6): the province's staff, and a league's or city's bureau for its own. */
@RestController
@PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'PREFECTURE_STAFF')")
class RoundOverviewController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ExportRecorder exports;
    private final RoundOverview overview;

    RoundOverviewController(RoundOverview overview, ExportRecorder exports) {
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
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        // written to memory first, so that an error still answers problem+json
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        overview.export(
                roundId, new RoundOverviewFilter(stepCode, regionCode, overdueOnly, q), CurrentActor.require(), out);
        // recorded in the audit log with its filters before the file leaves (issue 14 §5)
        exports.recordExport(
                "RoundOverview:export", "round=" + roundId + "; " + ExportRecorder.describe(request.getParameterMap()));
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("批次进度总览.xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }
}
