package cn.ecozone.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Beautiful Inner Mongolia (004 art. 41): a league files its written report, the department records a
 * department's, and the consolidated report (DOCX and PDF) contains every received report and the target
 * table of the autonomous region.
 */
@ApiTest
class BeautifulImConsolidationIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Test
    void theConsolidatedReportContainsEveryReceivedReportAndTheTargetTable() throws Exception {
        int year = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING)).getYear() - 1;
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        Browser department = steps.as(Role.PROVINCE_STAFF, "150000");
        // nothing received yet for a year: nothing to consolidate
        assertThat(department
                        .post("/api/beautiful-im/consolidations", Map.of("year", 2024))
                        .status())
                .isEqualTo(409);

        Browser league = steps.as(Role.PREFECTURE_GOVERNMENT, "150100");
        String leagueText = "演示：呼和浩特市" + year + "年度美丽内蒙古建设书面报告。大气环境质量持续改善。";
        JsonNode received = created(league.post(
                "/api/beautiful-im/reports", Map.of("year", year, "senderCode", "150900", "text", leagueText)));
        // a league files its own report whatever sender it names
        assertThat(received.get("senderCode").asString()).isEqualTo("150100");
        assertThat(received.get("senderKind").asString()).isEqualTo("LEAGUE");
        assertThat(league.post("/api/beautiful-im/reports", Map.of("year", year, "text", "再报一次"))
                        .status())
                .isEqualTo(409);
        assertThat(league.get("/api/beautiful-im/reports?year=" + year).json()).hasSize(1);

        String departmentText = "演示：自治区发展和改革委员会" + year + "年度美丽内蒙古建设书面报告。";
        created(department.post(
                "/api/beautiful-im/reports", Map.of("year", year, "senderCode", "NMG-DRC", "text", departmentText)));
        Response unknown = department.post(
                "/api/beautiful-im/reports", Map.of("year", year, "senderCode", "NO-SUCH", "text", "x"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("senderCode");
        // Guizhou's province staff are not the department
        assertThat(steps.as(Role.PROVINCE_STAFF, "520000")
                        .get("/api/beautiful-im/overview?year=" + year)
                        .status())
                .isEqualTo(403);

        JsonNode overview = DossierTestSteps.ok(department.get("/api/beautiful-im/overview?year=" + year));
        assertThat(overview.get("article").asString()).isEqualTo("第（四十一）条");
        assertThat(overview.get("received")).hasSize(2);
        assertThat(overview.get("senders").toString()).contains("呼和浩特市", "NMG-DRC");
        assertThat(overview.get("departmentsNote").asString()).isNotBlank();

        JsonNode made = created(department.post("/api/beautiful-im/consolidations", Map.of("year", year)));
        assertThat(made.get("reportsIncluded").asInt()).isEqualTo(2);
        String base = "/api/beautiful-im/consolidations/" + made.get("id").asLong();
        String text;
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(department.download(base + "/docx")));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            text = extractor.getText();
            assertThat(docx.getTables()).hasSize(1);
            // the heading row and one row per target of the autonomous region
            assertThat(docx.getTables().getFirst().getRows().size()).isGreaterThan(10);
        }
        assertThat(text).contains(leagueText, departmentText, "第（四十一）条");
        assertThat(text).contains("二、美丽内蒙古建设目标进展", "序号", "目标", "当年值");
        assertThat(text).contains("呼和浩特市", "内蒙古自治区发展和改革委员会");
        byte[] pdf = department.download(base + "/pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        // another format is a bad request naming the field, not the DOCX under another name
        var odt = department.get(base + "/odt");
        assertThat(odt.status()).isEqualTo(400);
        assertThat(odt.body()).contains("format");
        // the league does not read the consolidation
        assertThat(league.get(base + "/pdf").status()).isEqualTo(403);
    }

    private static JsonNode created(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }
}
