package cn.ecozone.report;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The province's due day of a yearly report is audited like other settings: each change leaves an audit
 * record naming who changed it and the old and new day. Inner Mongolia's setting is removed again
 * afterwards ({@code InnerMongoliaReportIT} expects the regulation's suggestion).
 */
@ApiTest
class ReportSettingAuditIT {

    private static final String SETTINGS = "/api/report-settings";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachChangeOfTheDueDayLeavesAnAuditRecordWithTheOldAndNewValue() {
        Browser im = new DossierTestSteps(port, fixtures).as(Role.PROVINCE_STAFF, "150000");
        JsonNode setting = ok(im.get(SETTINGS)).get(0);
        String regulation = setting.get("regulationCode").asString();
        String check = setting.get("checkCode").asString();
        String target = "ReportDueSetting:150000/" + regulation + "/" + check;
        assertThat(setting.get("version").isNull())
                .as("not set by another test")
                .isTrue();
        try {
            Map<String, Object> change = new HashMap<>();
            change.put("regulationCode", regulation);
            change.put("checkCode", check);
            change.put("monthDay", "03-15");
            change.put("version", null);
            JsonNode first = ok(im.put(SETTINGS, change));
            change.put("monthDay", "04-30");
            change.put("note", "按自治区厅年度工作安排");
            change.put("version", first.get("version").asLong());
            ok(im.put(SETTINGS, change));

            List<Map<String, Object>> records = jdbc.queryForList(
                    "select username, changes, reason from audit_record where target = ? order by sequence", target);
            assertThat(records).hasSize(2);
            assertThat(records.get(0).get("username"))
                    .isEqualTo(first.get("setBy").asString());
            assertThat((String) records.get(0).get("changes"))
                    .contains("\"field\":\"monthDay\"")
                    .contains("\"newValue\":\"03-15\"");
            assertThat((String) records.get(1).get("changes"))
                    .contains("{\"field\":\"monthDay\",\"oldValue\":\"03-15\",\"newValue\":\"04-30\"}")
                    .contains("\"field\":\"note\"")
                    .contains("\"newValue\":\"按自治区厅年度工作安排\"");
            assertThat(records.get(1).get("reason")).isEqualTo("按自治区厅年度工作安排");
        } finally {
            jdbc.update(
                    "delete from report_due_setting where jurisdiction = '150000' and regulation_code = ?"
                            + " and check_code = ?",
                    regulation,
                    check);
        }
    }
}
