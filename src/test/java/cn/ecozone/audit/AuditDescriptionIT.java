package cn.ecozone.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.internal.AuditLog;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The audit log reads as actions (issue 14 §6): a record is described from its kind, its request's
 * path and the name of the record it touched ("提交规划《…》", "确认 2025 年指标"), in the reader's
 * language, with the raw request kept beside it; names cost one statement per page, not one per
 * record; the export carries the same descriptions. Records sit on 150722 (U2's test region).
 */
@ApiTest
class AuditDescriptionIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog auditLog;

    private final String user = "ad" + UUID.randomUUID().toString().substring(0, 8);

    private Browser auditor() {
        return Browser.loggedIn(port, fixtures.user(Role.AUDIT_ADMIN, "150000"));
    }

    private List<JsonNode> records(Browser auditor, String username) {
        JsonNode page =
                auditor.get("/api/audit/records?size=50&username=" + username).json();
        List<JsonNode> out = new ArrayList<>();
        page.get("content").forEach(out::add);
        return out;
    }

    private long createPlan(Browser county, String title) {
        return county.post(
                        "/api/plans",
                        Map.of("regulation", "IM-ECOCIV-2022", "title", title, "periodStart", 2026, "periodEnd", 2030))
                .json()
                .get("id")
                .asLong();
    }

    private void append(String action, String target, String path) {
        auditLog.append(
                new Draft(
                        user,
                        "COUNTY_GOVERNMENT",
                        "测试机构",
                        "150722",
                        action,
                        target,
                        Outcome.SUCCESS,
                        0,
                        null,
                        null,
                        path),
                List.of());
    }

    @Test
    void aPlanRequestIsDescribedWithThePlanTitleAndKeepsItsRawRequest() {
        String county = fixtures.user(Role.COUNTY_GOVERNMENT, "150722");
        Browser browser = Browser.loggedIn(port, county);
        long id = createPlan(browser, "审计描述测试规划");
        long version = browser.get("/api/plans/" + id).json().get("version").asLong();
        assertThat(browser.put(
                                "/api/plans/" + id,
                                Map.of(
                                        "regulation",
                                        "IM-ECOCIV-2022",
                                        "title",
                                        "审计描述测试规划（修订）",
                                        "periodStart",
                                        2026,
                                        "periodEnd",
                                        2030,
                                        "version",
                                        version))
                        .status())
                .isEqualTo(200);

        List<JsonNode> found = records(auditor(), county);
        JsonNode created = found.stream()
                .filter(r -> r.get("action").asString().equals("POST /api/plans"))
                .findFirst()
                .orElseThrow();
        assertThat(created.get("description").asString()).isEqualTo("新建规划");
        assertThat(created.get("requestPath").asString()).isEqualTo("/api/plans");
        JsonNode changed = found.stream()
                .filter(r -> r.get("action").asString().equals("PUT /api/plans/{id}"))
                .findFirst()
                .orElseThrow();
        assertThat(changed.get("requestPath").asString()).isEqualTo("/api/plans/" + id);
        assertThat(changed.get("description").asString()).isEqualTo("修改规划《审计描述测试规划（修订）》的基本信息");
    }

    @Test
    void planActsIndicatorTransitionsLoginsAndReadsAreDescribedInTheReadersLanguage() {
        Browser county = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, "150722"));
        long plan = createPlan(county, "审计描述办理规划");
        append("POST /api/plans/{id}/{action}", "ProcedureRun:1", "/api/plans/" + plan + "/submit");
        // a record from before the path was kept: the request filter wrote the variables as its target
        append("POST /api/plans/{id}/{action}", plan + ",examine", null);
        append(
                "POST /api/indicator-submissions/{edition}/{region}/{year}/{transition}",
                "IndicatorSubmission:BIM-2024/150722/2025",
                "/api/indicator-submissions/BIM-2024/150722/2025/CONFIRM");
        append("LOGIN", user, null);
        append("GET /api/plans/{id}/document", "Document:9 规划文本.pdf", "/api/plans/" + plan + "/document");
        append("POST /api/regions/{code}/unknown", "x", "/api/regions/150722/unknown");

        List<String> zh = records(auditor(), user).stream()
                .map(r -> r.get("description").isNull()
                        ? null
                        : r.get("description").asString())
                .toList();
        assertThat(zh)
                .containsExactly(
                        null,
                        "读取文件“规划文本.pdf”",
                        "登录系统",
                        "确认 2025 年指标（150722，BIM-2024）",
                        "审核规划《审计描述办理规划》",
                        "提交规划《审计描述办理规划》");

        List<String> en = records(auditor().language("en"), user).stream()
                .skip(1)
                .map(r -> r.get("description").asString())
                .toList();
        assertThat(en)
                .containsExactly(
                        "Read the file \"规划文本.pdf\"",
                        "Signed in",
                        "Confirmed the 2025 indicators (150722, BIM-2024)",
                        "Examined the plan \"审计描述办理规划\"",
                        "Submitted the plan \"审计描述办理规划\"");
    }

    @Test
    void theNamesOfAPageOfTwoHundredPlanRecordsTakeTheStatementsOfAPageOfFive() {
        Browser county = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, "150722"));
        long first = createPlan(county, "审计语句计数规划一");
        long second = createPlan(county, "审计语句计数规划二");
        Browser auditor = auditor();
        String list = "/api/audit/records?username=" + user;
        for (int i = 0; i < 10; i++) {
            append("POST /api/plans/{id}/{action}", "x", "/api/plans/" + (i % 2 == 0 ? first : second) + "/submit");
        }
        int atTen = auditor.statements(list + "&size=5");
        for (int i = 10; i < 1000; i++) {
            append("POST /api/plans/{id}/{action}", "x", "/api/plans/" + (i % 2 == 0 ? first : second) + "/submit");
        }
        JsonNode page = auditor.get(list + "&size=200&page=2").json();
        assertThat(page.get("content")).hasSize(200);
        assertThat(page.get("content").get(0).get("description").asString()).startsWith("提交规划《审计语句计数规划");
        // the page, its count, the plans' names and the request's own
        assertThat(auditor.statements(list + "&size=200&page=2"))
                .isEqualTo(atTen)
                .isEqualTo(4);
    }

    @Test
    void theExportIsAWorkbookOfEveryMatchingRecordWithItsDescriptionAndRawRequest() throws IOException {
        Browser county = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, "150722"));
        long plan = createPlan(county, "审计导出规划");
        for (int i = 0; i < 205; i++) {
            append("POST /api/plans/{id}/{action}", "x", "/api/plans/" + plan + "/file");
        }
        append("LOGIN", user, null);

        byte[] xlsx = auditor().download("/api/audit/records/export?username=" + user);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("审计日志");
            Row head = sheet.getRow(0);
            assertThat(head.getCell(6).getStringCellValue()).isEqualTo("操作");
            assertThat(head.getCell(7).getStringCellValue()).isEqualTo("请求");
            // every page (206 records, pages of 200), newest first
            assertThat(sheet.getLastRowNum()).isEqualTo(206);
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("登录系统");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("报送规划《审计导出规划》备案");
            assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("POST /api/plans/{id}/{action}");
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("/api/plans/" + plan + "/file");
            assertThat(sheet.getRow(206).getCell(6).getStringCellValue()).isEqualTo("报送规划《审计导出规划》备案");
            assertThat(workbook.getSheet("说明").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("共导出 206 条记录");
        }
    }

    @Test
    void anExportOfTheLogIsItselfRecordedWithItsFiltersBeforeTheFileLeaves() {
        String auditor = fixtures.user(Role.AUDIT_ADMIN, "150000");
        Browser browser = Browser.loggedIn(port, auditor);
        browser.download("/api/audit/records/export?username=" + user + "&action=LOGIN");

        List<JsonNode> exports = records(browser, auditor).stream()
                .filter(r -> "AuditLog:export".equals(r.get("target").asText()))
                .toList();
        assertThat(exports).hasSize(1);
        assertThat(exports.getFirst().get("action").asText()).isEqualTo("GET /api/audit/records/export");
        assertThat(exports.getFirst().get("description").asText()).isEqualTo("导出审计日志");
        assertThat(exports.getFirst().get("reason").asText()).contains("username=" + user, "action=LOGIN");
    }

    @Test
    void onlyTheAuditAdminExportsTheLog() {
        Browser staff = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));
        assertThat(staff.get("/api/audit/records/export").status()).isEqualTo(403);
        Browser system = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"));
        assertThat(system.get("/api/audit/records/export").status()).isEqualTo(403);
    }
}
