package cn.ecozone.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import cn.ecozone.identity.UserManagement;
import cn.ecozone.procedure.ActorLevel;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureDefinitions;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.ProcedureReturned;
import cn.ecozone.procedure.ProcedureSubject;
import cn.ecozone.procedure.ProcedureTaskOpened;
import cn.ecozone.procedure.RunView;
import cn.ecozone.procedure.StepDefinition;
import cn.ecozone.procedure.StepDefinition.ActorRule;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Step.ReturnTo;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.EventDeliveries;
import cn.ecozone.support.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Notifications of the procedure engine's events (issue 9 §1): a county's submission notifies the
 * league bureau, the league's return notifies the county with its reason, a finished run its
 * initiator; each exactly once, also when the listener failed and its publication is resubmitted as
 * at a restart. Runs sit in Baoding (Hebei, 130600), where no other test acts.
 */
@ApiTest
class ProcedureNotificationIT {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);
    private static final String LEAGUE = "130600";

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    RegionManagement regions;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserManagement users;

    @Autowired
    EventDeliveries deliveries;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcClient jdbc;

    /** The real notifications; a test makes one call for one source key throw once. */
    @MockitoSpyBean
    NotificationManagement notifications;

    /** SUBMIT (county) → EXAMINE (league bureau; a return goes back to the county). */
    private static ProcedureDefinition path() {
        return new ProcedureDefinition(
                "TEST-NOTIFY/plan/COUNTY",
                1,
                List.of(
                        step("SUBMIT", StepKind.SUBMIT, ActorRule.of(Role.COUNTY_GOVERNMENT, ActorLevel.SUBJECT)),
                        step("EXAMINE", StepKind.EXAMINE, ActorRule.of(Role.PREFECTURE_STAFF, ActorLevel.PREFECTURE))));
    }

    private static StepDefinition step(String code, StepKind kind, ActorRule actor) {
        return new StepDefinition(
                code,
                "盟市生态环境局审核后报送自治区生态环境厅",
                kind,
                actor,
                null,
                ReturnTo.INITIATOR,
                "第五条",
                ProcedureDefinitions.outcomes(kind));
    }

    private ProcedureSubject subject(Region county) {
        long id = IDS.incrementAndGet();
        return new ProcedureSubject("TEST", id, county.code(), county.path(), "通知测试规划" + id, "/tests/" + id);
    }

    /** The actor of a real account (so that it can be notified as the initiator). */
    private Actor actor(String username, Region region) {
        long id = jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
        return new Actor(id, username, "测试用户", roleOf(username), 0, "测试机构", region.code(), region.path(), false);
    }

    private Role roleOf(String username) {
        return Role.valueOf(jdbc.sql("select role from user_account where username = :u")
                .param("u", username)
                .query(String.class)
                .single());
    }

    private Actor leagueActor() {
        return actor(fixtures.user(Role.PREFECTURE_STAFF, LEAGUE), regions.require(LEAGUE));
    }

    private long notified(String key) {
        return jdbc.sql("select count(*) from notification where source_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
    }

    private List<String> bodies(String key) {
        return jdbc.sql("select title || ' ' || body from notification where source_key = :key")
                .param("key", key)
                .query(String.class)
                .list();
    }

    private long openTask(RunView run, String stepCode) {
        return run.tasks().stream()
                .filter(t -> t.stepCode().equals(stepCode) && t.state().equals("OPEN"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private void failOnce(String key) {
        doThrow(new IllegalStateException("the listener failed once"))
                .doCallRealMethod()
                .when(notifications)
                .notifyOnce(eq(key), anyList(), anyString(), anyString(), any());
    }

    private RunView submitted(Region county, Actor submitter) {
        RunView run = procedures.start(subject(county), path(), submitter);
        return procedures.act(
                new ProcedureCommand.Act(run.id(), run.version(), openTask(run, "SUBMIT"), null, null, null, null),
                submitter);
    }

    @Test
    void aSubmissionNotifiesTheLeagueBureauOnceAlsoWhenTheListenerIsRetried() {
        Region county = regions.require("130602");
        fixtures.user(Role.PREFECTURE_STAFF, LEAGUE);
        fixtures.user(Role.PREFECTURE_STAFF, LEAGUE);
        fixtures.user(Role.PREFECTURE_STAFF, "130100");
        Actor submitter = actor(fixtures.user(Role.COUNTY_GOVERNMENT, county.code()), county);
        long leagueHolders = users.holders(Role.PREFECTURE_STAFF, LEAGUE).size();
        assertThat(leagueHolders).isGreaterThanOrEqualTo(2);

        RunView started = procedures.start(subject(county), path(), submitter);
        long examine = started.tasks().getFirst().id() + 1;
        String key = "procedure-task:" + examine + ":opened";
        failOnce(key);
        RunView run = procedures.act(
                new ProcedureCommand.Act(
                        started.id(), started.version(), openTask(started, "SUBMIT"), null, null, null, null),
                submitter);
        assertThat(openTask(run, "EXAMINE")).isEqualTo(examine);

        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> deliveries.statuses(ProcedureTaskOpened.class, "\"taskId\":" + examine + ","),
                        s -> s.contains("FAILED"));
        assertThat(notified(key)).as("the failed attempt wrote nothing").isZero();

        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof ProcedureTaskOpened e && e.taskId() == examine);
        await().atMost(Duration.ofSeconds(30)).until(() -> notified(key) == leagueHolders);
        deliveries.awaitSettled();

        assertThat(notified(key)).as("each holder of the league bureau once").isEqualTo(leagueHolders);
        assertThat(bodies(key))
                .allSatisfy(text -> assertThat(text)
                        .startsWith("新待办：通知测试规划")
                        .contains("“审核”环节")
                        .contains("盟市生态环境局审核后报送自治区生态环境厅（第五条）"));
        assertThat(jdbc.sql("select count(*) from notification where source_key like :k")
                        .param(
                                "k",
                                "procedure-task:" + started.tasks().getFirst().id() + ":%")
                        .query(Long.class)
                        .single())
                .as("the county's own submission task, opened by its start, notifies nobody")
                .isZero();
    }

    @Test
    void aReturnNotifiesTheCountyOnceWithItsReasonAlsoWhenTheListenerIsRetried() {
        Region county = regions.require("130606");
        fixtures.user(Role.COUNTY_GOVERNMENT, county.code());
        Actor submitter = actor(fixtures.user(Role.COUNTY_GOVERNMENT, county.code()), county);
        long countyHolders =
                users.holders(Role.COUNTY_GOVERNMENT, county.code()).size();
        Actor league = leagueActor();
        RunView run = submitted(county, submitter);

        long reopened =
                run.tasks().stream().mapToLong(RunView.TaskView::id).max().orElseThrow() + 1;
        String key = "procedure-task:" + reopened + ":returned";
        deliveries.awaitSettled(); // the submission's own notification must not run while the spy is stubbed
        failOnce(key);
        run = procedures.act(new ProcedureCommand.Return(run.id(), run.version(), "规划目标指标缺少2025年基准值"), league);
        assertThat(openTask(run, "SUBMIT")).isEqualTo(reopened);
        long runId = run.id();

        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> deliveries.statuses(ProcedureReturned.class, "\"runId\":" + runId + ","),
                        s -> s.contains("FAILED"));
        assertThat(notified(key)).isZero();

        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof ProcedureReturned e && e.runId() == runId);
        await().atMost(Duration.ofSeconds(30)).until(() -> notified(key) == countyHolders);
        deliveries.awaitSettled();

        assertThat(notified(key)).as("each holder of the county role once").isEqualTo(countyHolders);
        assertThat(bodies(key))
                .allSatisfy(text -> assertThat(text)
                        .startsWith("已退回：通知测试规划")
                        .contains("在“审核”环节被退回")
                        .contains("退回原因：规划目标指标缺少2025年基准值")
                        .contains("重新办理“报送”环节"));
        assertThat(notified("procedure-task:" + reopened + ":opened"))
                .as("the reopened task is told once, by the return")
                .isZero();
    }

    @Test
    void aFinishedRunNotifiesItsInitiatorOnce() {
        Region county = regions.require("130602");
        Actor submitter = actor(fixtures.user(Role.COUNTY_GOVERNMENT, county.code()), county);
        Actor league = leagueActor();
        RunView run = submitted(county, submitter);

        run = procedures.act(
                new ProcedureCommand.Act(run.id(), run.version(), openTask(run, "EXAMINE"), null, "同意报送", null, null),
                league);
        assertThat(run.state()).isEqualTo("FINISHED");
        deliveries.awaitSettled();

        String key = "procedure-run:" + run.id() + ":finished";
        assertThat(jdbc.sql("select recipient_id from notification where source_key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .list())
                .containsExactly(submitter.userId());
        assertThat(bodies(key)).singleElement().asString().contains("已全部办结");
    }

    @Test
    void aWithdrawalTellsTheLeagueItsTaskIsGone() {
        Region county = regions.require("130606");
        Actor submitter = actor(fixtures.user(Role.COUNTY_GOVERNMENT, county.code()), county);
        leagueActor();
        long leagueHolders = users.holders(Role.PREFECTURE_STAFF, LEAGUE).size();
        RunView run = submitted(county, submitter);
        long examine = openTask(run, "EXAMINE");

        run = procedures.act(new ProcedureCommand.Withdraw(run.id(), run.version()), submitter);
        assertThat(openTask(run, "SUBMIT")).isGreaterThan(examine);
        deliveries.awaitSettled();

        assertThat(notified("procedure-task:" + examine + ":withdrawn")).isEqualTo(leagueHolders);
        assertThat(notified("procedure-task:" + openTask(run, "SUBMIT") + ":opened"))
                .as("the submitter's own task, reopened by its withdrawal, needs no word")
                .isZero();
    }
}
