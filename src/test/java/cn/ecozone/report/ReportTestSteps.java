package cn.ecozone.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.Browser;
import cn.ecozone.support.Response;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The HTTP steps of annual report tests. */
final class ReportTestSteps {

    private ReportTestSteps() {}

    static JsonNode created(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    static String path(JsonNode report) {
        return "/api/annual-reports/" + report.get("id").asLong();
    }

    static Response open(Browser subject, long titleId, int year) {
        return subject.post("/api/annual-reports", Map.of("titleId", titleId, "year", year));
    }

    static Response write(Browser subject, JsonNode report, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("progress", "年度任务完成情况：按计划推进。");
        body.put("version", report.get("version").asLong());
        return subject.put(path(report), body);
    }

    /** The subject submits, or a reviewer accepts with its opinion (a review step requires one). */
    static Response act(Browser who, JsonNode report, String step) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", "ACT");
        body.put("stepCode", step);
        body.put("version", report.get("version").asLong());
        if (!"SUBMIT".equals(step)) {
            body.put("opinion", "审核通过");
        }
        return who.post(path(report) + "/act", body);
    }

    static Response returnWith(Browser who, JsonNode report, String step, String reason) {
        return who.post(
                path(report) + "/act",
                Map.of(
                        "action",
                        "RETURN",
                        "stepCode",
                        step,
                        "reason",
                        reason,
                        "version",
                        report.get("version").asLong()));
    }
}
