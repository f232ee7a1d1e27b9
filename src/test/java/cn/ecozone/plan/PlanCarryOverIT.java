package cn.ecozone.plan;

import static cn.ecozone.plan.PlanPathIT.act;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.calendar.Counting;
import cn.ecozone.deadline.ClosedDeadline;
import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.deadline.DeadlineRequest;
import cn.ecozone.plan.internal.PlanCarryOver;
import cn.ecozone.plan.internal.PlanPaths;
import cn.ecozone.plan.internal.PlanSteps;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Plans created before V40 (rows as the old plan path wrote them, with their {@code plan_timeline})
 * are carried onto the procedure engine: readable with their whole history and, in progress, acted on
 * over HTTP as any other.
 */
@ApiTest
class PlanCarryOverIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanCarryOver carryOver;

    @Autowired
    PlanPaths paths;

    @Autowired
    PlanSteps steps;

    @Autowired
    RegulationManagement regulations;

    @Autowired
    DeadlineManagement deadlines;

    private Browser as(Role role, String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(role, region), Fixtures.PASSWORD);
        return b;
    }

    @Test
    void aPlanReturnedAndResubmittedBeforeTheEngineKeepsItsHistoryAndTheLeagueExaminesIt() {
        long id = oldPlan("IN_PROGRESS", 1, null);
        entry(id, "SUBMIT", "ATTACHED", Role.COUNTY_GOVERNMENT, null, "规划.pdf");
        entry(id, "SUBMIT", "SUBMITTED", Role.COUNTY_GOVERNMENT, null, null);
        entry(id, "EXAMINE", "RETURNED", Role.PREFECTURE_STAFF, "投资测算依据不足", null);
        entry(id, "SUBMIT", "SUBMITTED", Role.COUNTY_GOVERNMENT, null, null);

        assertThat(carryOver.run()).isGreaterThanOrEqualTo(1);
        assertThat(carryOver.run()).isZero();

        Browser league = as(Role.PREFECTURE_STAFF, "152500");
        JsonNode plan = league.get("/api/plans/" + id).json();
        assertThat(plan.get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(plan.get("currentStep").get("code").asString()).isEqualTo("EXAMINE");
        assertThat(plan.get("timeline").findValuesAsString("action"))
                .containsExactly("ATTACHED", "SUBMITTED", "RETURNED", "SUBMITTED");
        assertThat(plan.get("timeline").get(0).get("detail").asString()).isEqualTo("规划.pdf");
        assertThat(plan.get("timeline").get(2).get("opinion").asString()).isEqualTo("投资测算依据不足");
        assertThat(plan.get("run").get("currentStepCode").asString()).isEqualTo("EXAMINE");

        plan = act(league, plan, "examine", Map.of("opinion", "同意报送"));
        assertThat(plan.get("currentStep").get("code").asString()).isEqualTo("EXPERT_REVIEW");
        assertThat(plan.get("timeline").findValuesAsString("action")).endsWith("SUBMITTED", "EXAMINED");
    }

    @Test
    void aPlanWaitingToBeFiledCountsItsPeriodFromItsPromulgationAndIsFiledOnTheEngine() {
        long id = oldPlan("IN_PROGRESS", 5, LocalDate.parse("2026-09-25"));
        entry(id, "PROMULGATE", "PROMULGATED", Role.COUNTY_GOVERNMENT, null, "锡林浩特市人民政府；2026-09-25；锡政发〔2026〕12号");
        // the old path registered its filing deadline under its own kind
        deadlines.register(new DeadlineRequest(
                "PLAN",
                id,
                "PLAN_FILING",
                "《迁移前的规划》备案",
                "152502",
                Role.COUNTY_GOVERNMENT,
                LocalDate.parse("2026-09-25"),
                15,
                Counting.NEXT_DAY,
                "/plans/" + id));
        carryOver.run();
        assertThat(deadlines.close("PLAN", id, "PLAN_FILING")).isEqualTo(ClosedDeadline.NOT_OPEN);

        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        JsonNode plan = county.get("/api/plans/" + id).json();
        assertThat(plan.get("currentStep").get("type").asString()).isEqualTo("FILE");
        assertThat(plan.get("run").get("deadline").get("due").asString()).isEqualTo("2026-10-22");
        assertThat(plan.get("filingDue").asString()).isEqualTo("2026-10-22");

        plan = act(county, plan, "file", Map.of("filedOn", "2026-10-20"));
        assertThat(plan.get("currentStep").get("type").asString()).isEqualTo("RECEIVE_FILING");
        assertThat(plan.get("filedLate").asBoolean()).isFalse();
    }

    @Test
    void aFiledPlanIsCarriedFinishedAndItsMajorChangeGoesOnTheSameTimeline() {
        long id = oldPlan("FILED", 6, LocalDate.parse("2025-03-10"));
        entry(id, "RECEIVE_FILING", "FILING_RECEIVED", Role.PROVINCE_STAFF, "已接收备案", "2025-03-24");
        carryOver.run();

        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        JsonNode plan = county.get("/api/plans/" + id).json();
        assertThat(plan.get("state").asString()).isEqualTo("FILED");
        assertThat(plan.get("run").get("state").asString()).isEqualTo("FINISHED");
        assertThat(plan.get("timeline").get(0).get("opinion").asString()).isEqualTo("已接收备案（2025-03-24）");

        plan = act(county, plan, "major_change", Map.of("reason", "行政区划调整"));
        assertThat(plan.get("state").asString()).isEqualTo("EXPIRED");
        assertThat(plan.get("timeline").findValuesAsString("action"))
                .containsExactly("FILING_RECEIVED", "MAJOR_CHANGE");
    }

    /** A county plan of Xilinhot as the old path stored it: no run, its position in state and step_index. */
    private long oldPlan(String state, int stepIndex, LocalDate promulgatedOn) {
        String title = "迁移前的规划 " + UUID.randomUUID();
        String path =
                steps.write(paths.of(regulations.find(PlanPathIT.IM_ECOCIV, 1).orElseThrow(), RegionLevel.COUNTY)
                        .steps());
        Timestamp created = Timestamp.from(Instant.parse("2025-01-06T02:00:00Z"));
        jdbc.update(
                "insert into plan (regulation_code, regulation_version, programme, plan_kind, subject_region_code,"
                        + " subject_region_path, title, period_start, period_end, revision, state, step_index,"
                        + " steps_json, promulgation_body, promulgated_on, promulgation_number, filed_late, created_by,"
                        + " created_at, updated_at, version)"
                        + " values (?, 1, 'ECO_CIVILIZATION_ZONE', 'CONSTRUCTION_PLAN', '152502', '/150000/152500/152502/',"
                        + " ?, 2025, 2030, 1, ?, ?, ?, ?, ?, ?, false, 'xlht', ?, ?, 0)",
                PlanPathIT.IM_ECOCIV,
                title,
                state,
                stepIndex,
                path,
                promulgatedOn == null ? null : "锡林浩特市人民政府",
                promulgatedOn == null ? null : Date.valueOf(promulgatedOn),
                promulgatedOn == null ? null : "锡政发〔2026〕12号",
                created,
                created);
        return jdbc.queryForObject("select id from plan where title = ?", Long.class, title);
    }

    private void entry(long planId, String step, String action, Role role, String opinion, String detail) {
        jdbc.update(
                "insert into plan_timeline (plan_id, revision, step_code, action, actor_name, actor_role, acted_at,"
                        + " opinion, detail) values (?, 1, ?, ?, '旧用户', ?, ?, ?, ?)",
                planId,
                step,
                action,
                role.name(),
                Timestamp.from(Instant.now()),
                opinion,
                detail);
    }
}
