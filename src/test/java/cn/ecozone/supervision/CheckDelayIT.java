package cn.ecozone.supervision;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.supervision.internal.CheckOpeningJob;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.title.TitledSubjects;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Review finding 7: lowering the province's 适时 delay (Guizhou art. 22) can no longer lose a check. A
 * base reached 满3年 150 days ago while the delay is 200 (its post-evaluation due in 50 days); lowering
 * the delay to 0 would put the due day 150 days back, past the 90-day catch-up, so it is refused (400
 * naming {@code delayDays}, the number of titles concerned in the message) and nothing changes; a
 * delay of 100 keeps the due day inside the catch-up, is accepted, and the job opens the check today.
 * Each accepted change is audited with the old and new value.
 *
 * <p>County 520112 乌当区: its other test ({@code UnitValuesIT}) enters indicator values, no title.
 */
@ApiTest
class CheckDelayIT {

    private static final String COUNTY = "520112";
    private static final String CHECK = "POST_EVALUATION_3Y";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CandidacyManagement candidacies;

    @Autowired
    CheckOpeningJob job;

    @Test
    void aLowerDelayThatWouldLoseAPendingCheckIsRefusedAndOneWithinTheCatchUpOpensItToday() {
        LocalDate today = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING));
        LocalDate reached = today.minusDays(150);
        new TitledSubjects(port, fixtures, jdbc, clock, candidacies).guizhou(COUNTY, reached.minusYears(3));
        Browser gz = new DossierTestSteps(port, fixtures).as(Role.PROVINCE_STAFF, "520000");
        JsonNode before = setting(ok(gz.get("/api/supervision-settings")));
        boolean existed = before.get("set").asBoolean();
        long audited = jdbc.queryForObject("select coalesce(max(sequence), 0) from audit_record", Long.class);
        try {
            JsonNode at200 = setting(ok(gz.put("/api/supervision-settings", input(200, version(before)))));
            assertThat(at200.get("delayDays").asInt()).isEqualTo(200);

            Response refused = gz.put("/api/supervision-settings", input(0, version(at200)));

            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("delayDays");
            assertThat(refused.json().get("detail").asString()).containsPattern("改为0天后，[1-9]\\d*个称号");
            JsonNode unchanged = setting(ok(gz.get("/api/supervision-settings")));
            assertThat(unchanged.get("delayDays").asInt()).isEqualTo(200);
            assertThat(unchanged.get("version").asLong())
                    .isEqualTo(at200.get("version").asLong());
            SupervisionTestSteps.openOn(clock, job, today);
            assertThat(SupervisionTestSteps.checksOf(gz, COUNTY)
                            .get("totalElements")
                            .asLong())
                    .as("due in 50 days: not opened yet")
                    .isZero();

            JsonNode at100 = setting(ok(gz.put("/api/supervision-settings", input(100, version(at200)))));
            assertThat(at100.get("delayDays").asInt()).isEqualTo(100);
            SupervisionTestSteps.openOn(clock, job, today);
            // each accepted change is audited with the old and new value; the refused one left nothing
            assertThat(jdbc.queryForList(
                            "select changes from audit_record where target = ? and sequence > ? order by sequence",
                            String.class,
                            "SupervisionSetting:520000/" + CHECK,
                            audited))
                    .hasSize(2)
                    .last()
                    .isEqualTo("[{\"field\":\"delayDays\",\"oldValue\":\"200\",\"newValue\":\"100\"}]");
        } finally {
            restore(existed, before.get("delayDays").asInt());
        }
        JsonNode checks = SupervisionTestSteps.checksOf(gz, COUNTY);
        assertThat(checks.get("totalElements").asLong()).isEqualTo(1);
        JsonNode check = checks.get("content").get(0);
        assertThat(check.get("anniversaryOn").asString()).isEqualTo(reached.toString());
        assertThat(check.get("dueOn").asString())
                .isEqualTo(reached.plusDays(100).toString());
    }

    private static Map<String, Object> input(int delayDays, Long version) {
        Map<String, Object> in = new HashMap<>();
        in.put("checkCode", CHECK);
        in.put("delayDays", delayDays);
        in.put("version", version);
        return in;
    }

    private static Long version(JsonNode setting) {
        return setting.get("version").isNull() ? null : setting.get("version").asLong();
    }

    /** Puts the province's setting back as it was (other tests set it from "not set"). */
    private void restore(boolean existed, int delayDays) {
        if (existed) {
            jdbc.update(
                    "update supervision_setting set delay_days = ? where province_code = '520000' and check_code = ?",
                    delayDays,
                    CHECK);
        } else {
            jdbc.update("delete from supervision_setting where province_code = '520000' and check_code = ?", CHECK);
        }
    }

    private static JsonNode setting(JsonNode settings) {
        for (JsonNode s : settings) {
            if (s.get("checkCode").asString().equals(CHECK)) {
                return s;
            }
        }
        throw new AssertionError("no " + CHECK + " in " + settings);
    }
}
