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
import cn.ecozone.support.EventDeliveries;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.title.TitledSubjects;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
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
 * Rectification states over HTTP for Inner Mongolia counties (review findings 5 and 9): a late
 * acceptance is shown on the open proposal and its decision leaves the rectification completed; an
 * escalated rectification's run ends (no report, no task, no acceptance); the subject's deadline stops
 * while the department reviews its report and starts again, with the days that were left, at a return.
 */
@ApiTest
class RectificationStatesIT {

    private static final String PROVINCE = "150000";

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
    EventDeliveries deliveries;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aLateAcceptanceIsShownOnTheOpenProposalAndItsDecisionLeavesTheRectificationCompleted() {
        String county = "150103";
        EnforcementSteps steps = new EnforcementSteps(port, fixtures, jdbc, clock, candidacies);
        TitledSubjects.Titled base = titled(steps, county);
        // concluded Monday 2 November 2026 with 3 working days: due Thursday 5 November
        long id = ordered(base, county, 1, LocalDate.of(2026, 11, 2), 3);
        DossierTestSteps.on(clock, LocalDate.of(2026, 11, 6), deadlineJob::run);
        long proposalId = steps.proposals(base.titleId(), "REVOCATION", 1).getFirst();
        Browser department = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        Browser subject = steps.as(Role.COUNTY_GOVERNMENT, county);
        assertThat(state(department, id)).isEqualTo("OVERDUE");

        // the subject reports late on 9 November; the department accepts on 10 November
        ok(on(LocalDate.of(2026, 11, 9), () -> report(subject, id, "已完成全部整改", List.of())));
        JsonNode accepted = on(LocalDate.of(2026, 11, 10), () -> ok(act(department, id, "accept", "整改到位")));
        assertThat(accepted.get("state").asString()).isEqualTo("COMPLETED");

        JsonNode proposal = ok(department.get("/api/enforcement-proposals/" + proposalId));
        assertThat(proposal.get("state").asString()).isEqualTo("OPEN");
        JsonNode late = proposal.get("evidence").get(proposal.get("evidence").size() - 1);
        assertThat(late.get("kind").asString()).isEqualTo("COMPLETED_LATE");
        assertThat(late.get("summary").asString()).contains("整改已于 2026-11-10 逾期完成", "限期至 2026-11-05");
        assertThat(proposal.get("run").get("timeline").toString()).contains("LATE_DONE");

        Map<String, Object> warn = EnforcementSteps.decision(proposal, "WARNING", "MINOR", "逾期完成整改，予以警告");
        warn.put("documentNumber", "环生态函〔2026〕12号");
        JsonNode decided = on(
                LocalDate.of(2026, 11, 11),
                () -> ok(department.post("/api/enforcement-proposals/" + proposalId + "/decision", warn)));
        assertThat(decided.get("state").asString()).isEqualTo("ACTED");
        assertThat(state(department, id)).isEqualTo("COMPLETED");
        assertThat(act(department, id, "accept", "再次确认").status()).isEqualTo(409);
    }

    @Test
    void anEscalatedRectificationEndsItsRunSoTheSubjectCannotReportNorTheDepartmentAccept() {
        String county = "150104";
        EnforcementSteps steps = new EnforcementSteps(port, fixtures, jdbc, clock, candidacies);
        TitledSubjects.Titled base = titled(steps, county);
        long id = ordered(base, county, 1, LocalDate.of(2026, 11, 2), 3);
        DossierTestSteps.on(clock, LocalDate.of(2026, 11, 6), deadlineJob::run);
        long proposalId = steps.proposals(base.titleId(), "REVOCATION", 1).getFirst();
        Browser department = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        Browser subject = steps.as(Role.COUNTY_GOVERNMENT, county);
        assertThat(inbox(subject, id)).isNotEmpty();

        JsonNode proposal = ok(department.get("/api/enforcement-proposals/" + proposalId));
        Map<String, Object> warn = EnforcementSteps.decision(proposal, "WARNING", "SERIOUS", "逾期未完成整改，予以警告");
        warn.put("documentNumber", "环生态函〔2026〕13号");
        on(
                LocalDate.of(2026, 11, 9),
                () -> ok(department.post("/api/enforcement-proposals/" + proposalId + "/decision", warn)));

        JsonNode escalated = ok(department.get("/api/rectifications/" + id));
        assertThat(escalated.get("state").asString()).isEqualTo("ESCALATED");
        assertThat(escalated.get("run").get("state").asString()).isEqualTo("CANCELLED");
        assertThat(inbox(subject, id)).isEmpty();
        deliveries.awaitSettled();
        String told = subject.get("/api/notifications?page=0&size=50").json().toString();
        assertThat(told).contains("流程已结束", "升级处理").doesNotContain("已被发起单位撤销");
        Response late = on(LocalDate.of(2026, 11, 10), () -> report(subject, id, "已完成整改", List.of()));
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("已升级处理");
        assertThat(act(department, id, "accept", "确认").status()).isEqualTo(409);
        assertThat(ok(department.get("/api/rectifications/" + id)).get("report").isNull())
                .isTrue();
    }

    @Test
    void aReportWithinThePeriodStopsTheDeadlineAndAReturnGivesTheDaysThatWereLeftAcrossAHoliday() {
        String county = "150105";
        EnforcementSteps steps = new EnforcementSteps(port, fixtures, jdbc, clock, candidacies);
        TitledSubjects.Titled base = titled(steps, county);
        Browser department = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        Browser subject = steps.as(Role.COUNTY_GOVERNMENT, county);

        // 4 working days from Monday 2 November 2026: due Friday 6 November; reported Thursday 5 November,
        // accepted Sunday 8 November (N+2): never overdue, no proposal
        long accepted = ordered(base, county, 1, LocalDate.of(2026, 11, 2), 4);
        assertThat(ok(department.get("/api/rectifications/" + accepted))
                        .get("dueOn")
                        .asString())
                .isEqualTo("2026-11-06");
        JsonNode reported = ok(on(LocalDate.of(2026, 11, 5), () -> report(subject, accepted, "已整改", List.of())));
        assertThat(reported.get("awaitingAcceptance").asBoolean()).isTrue();
        assertThat(reported.get("reportedOn").asString()).isEqualTo("2026-11-05");
        DossierTestSteps.on(clock, LocalDate.of(2026, 11, 7), deadlineJob::run);
        assertThat(state(department, accepted)).isEqualTo("OPEN");
        on(LocalDate.of(2026, 11, 8), () -> ok(act(department, accepted, "accept", "整改到位")));
        assertThat(state(department, accepted)).isEqualTo("COMPLETED");

        // 5 working days from Monday 21 September 2026: 22, 23, 24, (中秋 25–27), 28, 29 September; reported on
        // 24 September with 2 working days left; returned on 30 September: 2 working days from 1 October,
        // (国庆 1–7), 8, 9 October; the subject lets them pass: overdue on 10 October, and a proposal opens
        long returned = ordered(base, county, 2, LocalDate.of(2026, 9, 21), 5);
        assertThat(ok(department.get("/api/rectifications/" + returned))
                        .get("dueOn")
                        .asString())
                .isEqualTo("2026-09-29");
        ok(on(LocalDate.of(2026, 9, 24), () -> report(subject, returned, "已整改", List.of())));
        DossierTestSteps.on(clock, LocalDate.of(2026, 9, 30), deadlineJob::run);
        assertThat(state(department, returned)).isEqualTo("OPEN");
        JsonNode back = on(LocalDate.of(2026, 9, 30), () -> ok(act(department, returned, "return", "整改不到位")));
        assertThat(back.get("dueOn").asString()).isEqualTo("2026-10-09");
        assertThat(back.get("awaitingAcceptance").asBoolean()).isFalse();
        assertThat(back.get("dueExplanation").toString()).contains("尚余 2 个工作日", "国庆");
        DossierTestSteps.on(clock, LocalDate.of(2026, 10, 9), deadlineJob::run);
        assertThat(state(department, returned)).isEqualTo("OPEN");
        DossierTestSteps.on(clock, LocalDate.of(2026, 10, 10), deadlineJob::run);
        await().atMost(Duration.ofSeconds(30)).until(() -> "OVERDUE".equals(state(department, returned)));
        assertThat(steps.proposals(base.titleId(), "REVOCATION", 1)).hasSize(1);
        assertThat(steps.ids(base.titleId(), "REVOCATION")).hasSize(1);
    }

    private TitledSubjects.Titled titled(EnforcementSteps steps, String county) {
        return steps.titled.innerMongolia(
                county, Role.COUNTY_GOVERNMENT, "ECO_CIVILIZATION_ZONE", LocalDate.of(2025, 6, 1));
    }

    /** A site check of the title concluded with problems on {@code on}: the rectification it orders. */
    private long ordered(TitledSubjects.Titled base, String county, int check, LocalDate on, int days) {
        String path = jdbc.queryForObject("select path from region where code = ?", String.class, county);
        String code = jdbc.queryForObject(
                "select regulation_code from candidacy where id = ?", String.class, base.candidacyId());
        int version = jdbc.queryForObject(
                "select regulation_version from candidacy where id = ?", Integer.class, base.candidacyId());
        long checkId = 9_140_000L + base.titleId() * 10 + check;
        transactions.executeWithoutResult(status -> events.publishEvent(new CheckConcluded(
                checkId,
                base.titleId(),
                base.candidacyId(),
                county,
                path,
                code,
                version,
                "SITE_CHECK_2Y",
                TitleRules.CheckKind.SITE_CHECK,
                on,
                true,
                false,
                days,
                "现场核查发现问题，需限期整改",
                "fixture",
                clock.instant())));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForList(
                                        "select id from enforcement_rectification where check_id = ?",
                                        Long.class,
                                        checkId)
                                .size()
                        == 1);
        return jdbc.queryForObject("select id from enforcement_rectification where check_id = ?", Long.class, checkId);
    }

    private static Response report(Browser subject, long id, String text, List<Long> documentIds) {
        JsonNode r = ok(subject.get("/api/rectifications/" + id));
        Map<String, Object> body = new HashMap<>();
        body.put("version", r.get("run").get("version").asLong());
        body.put("report", text);
        body.put("documentIds", documentIds);
        return subject.post("/api/rectifications/" + id + "/report", body);
    }

    private static Response act(Browser department, long id, String action, String opinion) {
        JsonNode r = ok(department.get("/api/rectifications/" + id));
        Map<String, Object> body = new HashMap<>();
        body.put("version", r.get("run").get("version").asLong());
        body.put("opinion", opinion);
        return department.post("/api/rectifications/" + id + "/" + action, body);
    }

    private static List<JsonNode> inbox(Browser subject, long id) {
        JsonNode page = ok(subject.get("/api/procedures/inbox?subjectType=RECTIFICATION&size=100"));
        return page.get("content")
                .valueStream()
                .filter(i -> i.get("subjectId").asLong() == id)
                .toList();
    }

    private static String state(Browser who, long id) {
        return ok(who.get("/api/rectifications/" + id)).get("state").asString();
    }

    private <T> T on(LocalDate day, java.util.function.Supplier<T> work) {
        return DossierTestSteps.on(clock, day, work);
    }
}
