package cn.ecozone.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.internal.AuditLog;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Audit reasons the platform writes itself read in English in the English UI (issue 14 §8), derived
 * when read as the descriptions are (ADR 0039, 0050); a reason a user typed stays as typed, and the
 * Chinese reader sees the stored text. Records are this test's own user's.
 */
@ApiTest
class AuditReasonsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog auditLog;

    private final String user = "ar" + UUID.randomUUID().toString().substring(0, 8);

    private void append(String reason) {
        auditLog.append(
                new Draft(
                        user,
                        "COUNTY_GOVERNMENT",
                        "测试机构",
                        "150722",
                        "UPDATE",
                        "User:" + user,
                        Outcome.SUCCESS,
                        0,
                        null,
                        reason,
                        null),
                List.of());
    }

    private List<String> reasons(String language) {
        Browser auditor = Browser.loggedIn(port, fixtures.user(Role.AUDIT_ADMIN, "150000"));
        JsonNode page = auditor.language(language)
                .get("/api/audit/records?size=50&username=" + user)
                .json();
        List<String> out = new ArrayList<>();
        page.get("content").forEach(r -> out.add(r.get("reason").asString()));
        return out;
    }

    @Test
    void thePlatformsOwnReasonsReadInEnglishAndATypedReasonStaysAsTyped() {
        append("Excel 导入");
        append("Excel导入（导入任务 job-42）");
        append("规划 17");
        append("整改逾期未完成，已依处理建议 9 升级处理，整改程序结束");
        append("调离岗位");
        append("Excel 导入有误，已更正");

        assertThat(reasons("en"))
                .containsExactlyInAnyOrder(
                        "Excel import",
                        "Excel import (import job job-42)",
                        "Moved by the platform: plan 17 started",
                        "Rectification overdue and not completed; escalated under enforcement proposal 9;"
                                + " the rectification procedure ended",
                        "调离岗位",
                        "Excel 导入有误，已更正");
        assertThat(reasons("zh-CN"))
                .containsExactlyInAnyOrder(
                        "Excel 导入",
                        "Excel导入（导入任务 job-42）",
                        "规划 17",
                        "整改逾期未完成，已依处理建议 9 升级处理，整改程序结束",
                        "调离岗位",
                        "Excel 导入有误，已更正");
    }
}
