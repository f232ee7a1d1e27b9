package cn.ecozone.enforcement;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.deadline.internal.DeadlineJob;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.shared.Role;
import cn.ecozone.supervision.CheckConcluded;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The chain over HTTP for a Guizhou base (arts. 23–24): a post-evaluation that found problems orders a
 * rectification; overdue → a proposal → a decided warning with a new period → overdue → a proposal →
 * a decided revocation: the public list shows the title revoked and the candidacy is {@code REVOKED}.
 * Each period is counted in working days across a holiday of the shipped calendar (2026 中秋节 25–27
 * September, 国庆节 1–7 October).
 */
@ApiTest
class RectificationChainIT {

    private static final String COUNTY = "520123";

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
    DeadlineJob deadlineJob;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void overdueLeadsToAWarningThenToRevocationEachPeriodAcrossAHoliday() {
        EnforcementSteps steps = new EnforcementSteps(port, fixtures, jdbc, clock, candidacies);
        var base = steps.titled.guizhou(COUNTY, LocalDate.of(2025, 6, 1));
        String path = jdbc.queryForObject("select path from region where code = ?", String.class, COUNTY);
        long checkId = 9_130_000L + base.titleId();

        // the post-evaluation concluded on Tuesday 22 September 2026 with 3 working days to rectify:
        // 23, 24 September, (中秋 25–27), 28 September
        transactions.executeWithoutResult(status -> events.publishEvent(new CheckConcluded(
                checkId,
                base.titleId(),
                base.candidacyId(),
                COUNTY,
                path,
                "GZ-TWOMTN-2021",
                4,
                "POST_EVALUATION_3Y",
                TitleRules.CheckKind.POST_EVALUATION,
                LocalDate.of(2026, 9, 22),
                true,
                false,
                3,
                "生态环境质量改善不明显，需在限定期内整改",
                "fixture",
                clock.instant())));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rectifications(base.titleId()).size() == 1);
        long orderId = rectifications(base.titleId()).getFirst();
        Browser department = steps.as(Role.PROVINCE_STAFF, "520000");
        JsonNode order = ok(department.get("/api/rectifications/" + orderId));
        assertThat(order.get("stage").asString()).isEqualTo("RECTIFICATION");
        assertThat(order.get("origin").asString()).isEqualTo("POST_EVALUATION");
        assertThat(order.get("orderedOn").asString()).isEqualTo("2026-09-22");
        assertThat(order.get("dueOn").asString()).isEqualTo("2026-09-28");
        assertThat(order.get("dueExplanation").toString()).contains("中秋");
        assertThat(order.get("run").get("currentStepCode").asString()).isEqualTo("RECTIFY");
        assertThat(ok(steps.as(Role.COUNTY_GOVERNMENT, COUNTY).get("/api/rectifications/" + orderId))
                        .get("id")
                        .asLong())
                .isEqualTo(orderId);

        // overdue on 29 September: a proposal under art. 24(6) with the order as evidence
        DossierTestSteps.on(clock, LocalDate.of(2026, 9, 29), deadlineJob::run);
        long warningProposal =
                steps.proposals(base.titleId(), "RECTIFICATION_FAILED", 1).getFirst();
        JsonNode proposal = ok(department.get("/api/enforcement-proposals/" + warningProposal));
        assertThat(proposal.get("evidence").get(0).get("source").asString()).isEqualTo("RECTIFICATION");
        assertThat(proposal.get("evidence").get(0).get("recordId").asLong()).isEqualTo(orderId);
        assertThat(proposal.get("article").asString()).isEqualTo("第二十四条（6）");
        assertThat(status(department, "/api/rectifications/" + orderId)).isEqualTo("OVERDUE");

        // a warning on 29 September with 3 working days: 30 September, (国庆 1–7), 8, 9 October
        Map<String, Object> warn = EnforcementSteps.decision(proposal, "WARNING", "SERIOUS", "逾期未完成整改，予以警告");
        warn.put("workingDays", 3);
        JsonNode warned = DossierTestSteps.on(
                clock,
                LocalDate.of(2026, 9, 29),
                () -> ok(department.post("/api/enforcement-proposals/" + warningProposal + "/decision", warn)));
        assertThat(warned.get("state").asString()).isEqualTo("ACTED");
        assertThat(warned.get("measure").asString()).isEqualTo("WARNING");
        assertThat(warned.get("severity").asString()).isEqualTo("SERIOUS");
        assertThat(warned.get("decidingBody").asString()).isEqualTo("PROVINCE_DEPARTMENT");
        assertThat(status(department, "/api/rectifications/" + orderId)).isEqualTo("ESCALATED");
        List<Long> both = rectifications(base.titleId());
        assertThat(both).hasSize(2);
        JsonNode afterWarning = ok(department.get("/api/rectifications/" + both.get(1)));
        assertThat(afterWarning.get("stage").asString()).isEqualTo("WARNING");
        assertThat(afterWarning.get("dueOn").asString()).isEqualTo("2026-10-09");
        assertThat(afterWarning.get("dueExplanation").toString()).contains("国庆");

        // overdue again on 10 October: a proposal that allows revocation only
        DossierTestSteps.on(clock, LocalDate.of(2026, 10, 10), deadlineJob::run);
        long revocationProposal =
                steps.proposals(base.titleId(), "RECTIFICATION_FAILED", 2).get(1);
        JsonNode second = ok(department.get("/api/enforcement-proposals/" + revocationProposal));
        assertThat(second.get("allowed").toString()).isEqualTo("[\"REVOCATION\"]");
        Response warningAgain = department.post(
                "/api/enforcement-proposals/" + revocationProposal + "/decision",
                EnforcementSteps.decision(second, "WARNING", "GRAVE", "再次警告"));
        assertThat(warningAgain.status()).as(warningAgain.toString()).isEqualTo(400);

        JsonNode revoked = DossierTestSteps.on(
                clock,
                LocalDate.of(2026, 10, 12),
                () -> ok(department.post(
                        "/api/enforcement-proposals/" + revocationProposal + "/decision",
                        EnforcementSteps.decision(second, "REVOCATION", "GRAVE", "警告后仍未完成整改，撤销称号"))));
        assertThat(revoked.get("measure").asString()).isEqualTo("REVOCATION");

        JsonNode publicRow = ok(new Browser(port).get("/api/public/titles?regionCode=" + COUNTY))
                .get("content")
                .get(0);
        assertThat(publicRow.get("state").asString()).isEqualTo("REVOKED");
        assertThat(ok(department.get("/api/candidacies/" + base.candidacyId()))
                        .get("state")
                        .asString())
                .isEqualTo("REVOKED");
        assertThat(jdbc.queryForObject("select revoked_on from title where id = ?", java.sql.Date.class, base.titleId())
                        .toLocalDate())
                .isEqualTo(LocalDate.of(2026, 10, 12));
    }

    private List<Long> rectifications(long titleId) {
        return jdbc.queryForList(
                "select id from enforcement_rectification where title_id = ? order by id", Long.class, titleId);
    }

    private static String status(Browser who, String path) {
        return ok(who.get(path)).get("state").asString();
    }
}
