package cn.ecozone.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.internal.AuditLog;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import cn.ecozone.shared.AuditedChange.FieldChange;
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
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The values of audited field changes read in the reader's language (issue 14 §8): codes of states and
 * kinds as their labels, in English and in Chinese, and a fixed text the platform stored in Chinese in
 * English; a value that is no code (a name) stays as stored, and the stored record keeps its codes.
 * Records are this test's own user's, appended through the chain as the application appends them.
 */
@ApiTest
class AuditChangeValuesIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    private final String user = "cv" + UUID.randomUUID().toString().substring(0, 8);

    private void append(String target, FieldChange... changes) {
        auditLog.append(
                new Draft(
                        user,
                        "PREFECTURE_STAFF",
                        "测试机构",
                        "152500",
                        "POST /api/test",
                        target,
                        Outcome.SUCCESS,
                        0,
                        null,
                        null,
                        null),
                List.of(changes));
    }

    /** Every change of this user's records, as {@code field:old->new}, oldest first, read in {@code language}. */
    private List<String> changes(String language) {
        Browser auditor = Browser.loggedIn(port, fixtures.user(Role.AUDIT_ADMIN, "150000"));
        JsonNode page = auditor.language(language)
                .get("/api/audit/records?size=50&username=" + user)
                .json();
        List<JsonNode> records = new ArrayList<>();
        page.get("content").forEach(records::addFirst);
        List<String> out = new ArrayList<>();
        records.forEach(r -> r.get("changes")
                .forEach(c ->
                        out.add(c.get("field").asString() + ":" + text(c, "oldValue") + "->" + text(c, "newValue"))));
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? "" : value.asString();
    }

    @Test
    void codedStatesAndKindsReadInTheReadersLanguageAndNamesStayAsStored() {
        append("WorkPlan:7", new FieldChange("state", "DRAFT", "FILED"));
        append(
                "ProcedureRun:9",
                new FieldChange("step", "EXAMINE", "FINISHED"),
                new FieldChange("outcome", null, "PASS"));
        append("IndicatorSubmission:3", new FieldChange("state", "OPEN", "SUBMITTED"));
        append("User:" + user, new FieldChange("role", null, "AUDIT_ADMIN"), new FieldChange("locked", null, "true"));
        append("User:" + user, new FieldChange("password", null, "（已重置）"));
        append(
                "KeyProject:5",
                new FieldChange("status", "PLANNED", "UNDER_CONSTRUCTION"),
                new FieldChange("name", "旧名", "新名"));
        append("ProcedureRun:9", new FieldChange("step", "EXAMINE", "SOME_FUTURE_STEP"));

        assertThat(changes("en"))
                .containsExactly(
                        "state:Draft->Filed",
                        "step:Examination->Finished",
                        "outcome:->Passed",
                        "state:Open->Submitted",
                        "role:->Audit administrator",
                        "locked:->Yes",
                        "password:->(reset)",
                        "status:Planned->Under construction",
                        "name:旧名->新名",
                        "step:Examination->SOME_FUTURE_STEP");
        assertThat(changes("zh-CN"))
                .containsExactly(
                        "state:草稿->已报送",
                        "step:审核->已办结",
                        "outcome:->通过",
                        "state:填报中->已上报",
                        "role:->审计管理员",
                        "locked:->是",
                        "password:->（已重置）",
                        "status:谋划->在建",
                        "name:旧名->新名",
                        "step:审核->SOME_FUTURE_STEP");
        // the record keeps the codes it was hashed with
        assertThat(jdbc.queryForList(
                        "select changes from audit_record where username = ? and target = 'WorkPlan:7'",
                        String.class,
                        user))
                .singleElement()
                .asString()
                .contains("\"DRAFT\"", "\"FILED\"");
    }
}
