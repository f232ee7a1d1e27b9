package cn.ecozone.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.internal.AuditLog;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit log's free-text search (issue 14 §6): one text found in the organization, the request's
 * path, the target or the reason, matched literally ({@code %} and {@code _} are characters, not
 * wildcards), and the export takes the same filter and records it among its declared filters.
 */
@ApiTest
class AuditSearchIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    private final String user = "as" + UUID.randomUUID().toString().substring(0, 8);

    private void append(String organization, String target, String reason, String path) {
        auditLog.append(
                new Draft(
                        user,
                        "COUNTY_GOVERNMENT",
                        organization,
                        "150722",
                        "POST /api/test",
                        target,
                        Outcome.SUCCESS,
                        0,
                        null,
                        reason,
                        path),
                List.of());
    }

    private List<String> targets(Browser auditor, String query) {
        Response page = auditor.get("/api/audit/records?size=50&username=" + user + "&" + query);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        page.json().get("content").forEach(r -> out.add(r.get("target").asString()));
        return out;
    }

    @Test
    void theTextIsFoundInTheOrganizationPathTargetOrReasonLiterallyAndTheExportTakesIt() throws IOException {
        append("鄂温克族自治旗人民政府", "Plan:1", null, null);
        append("测试机构", "Plan:2", "打 50%_折 的理由", null);
        append("测试机构", "Plan:3", "打 500 折的理由", null);
        append("测试机构", "Organization:4", null, "/api/organizations/4");
        String auditorName = fixtures.user(Role.AUDIT_ADMIN, "150000");
        Browser auditor = Browser.loggedIn(port, auditorName);

        assertThat(targets(auditor, "q=鄂温克")).containsExactly("Plan:1");
        assertThat(targets(auditor, "q=organizations/4")).containsExactly("Organization:4");
        assertThat(targets(auditor, "q=plan:3")).as("case-insensitive").containsExactly("Plan:3");
        assertThat(targets(auditor, "q=50%25_")).as("% and _ are literal").containsExactly("Plan:2");
        assertThat(targets(auditor, "q=%25")).containsExactly("Plan:2");
        assertThat(targets(auditor, "q=_")).containsExactly("Plan:2");
        assertThat(targets(auditor, "q=")).hasSize(4);
        assertThat(auditor.get("/api/audit/records?q=" + "x".repeat(101)).status())
                .as("a text longer than 100 characters is refused")
                .isEqualTo(400);

        byte[] xlsx = auditor.download("/api/audit/records/export?username=" + user + "&q=50%25_");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("审计日志");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("Plan:2");
            assertThat(workbook.getSheet("说明").getRow(1).getCell(0).getStringCellValue())
                    .contains("关键词“50%_”");
        }
        assertThat(jdbc.queryForList(
                        "select reason from audit_record where username = ? and target = 'AuditLog:export'",
                        String.class,
                        auditorName))
                .singleElement()
                .asString()
                .isEqualTo("username=" + user + "; q=50%_");
    }
}
