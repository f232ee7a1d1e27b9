package cn.ecozone.indicator.web;

import cn.ecozone.indicator.EvaluationExportManagement;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final EvaluationExportManagement exports;

    EvaluationExportController(EvaluationExportManagement exports) {
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
        // written to memory first, so that a refusal still answers problem+json
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.scorecard(edition, region, unit, year, CurrentActor.require(), out);
        send(response, "指标评估-" + region + "-" + year + ".xlsx", out);
    }

    @GetMapping("/api/evaluations/ranking/export")
    void ranking(
            @RequestParam String edition,
            @RequestParam String parent,
            @RequestParam int year,
            HttpServletResponse response)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.ranking(edition, parent, year, CurrentActor.require(), out);
        send(response, "指标排名-" + parent + "-" + year + ".xlsx", out);
    }

    /** The league summary (汇总表) of {@code parent}'s counties for an edition and year. */
    @GetMapping("/api/evaluations/summary/export")
    void summary(
            @RequestParam String edition,
            @RequestParam String parent,
            @RequestParam int year,
            HttpServletResponse response)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.summary(edition, parent, year, CurrentActor.require(), out);
        send(response, "指标汇总表-" + parent + "-" + year + ".xlsx", out);
    }

    private static void send(HttpServletResponse response, String filename, ByteArrayOutputStream out)
            throws IOException {
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }
}
