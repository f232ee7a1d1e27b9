package cn.ecozone.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.procedure.ActorLevel;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureDefinitions;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.ProcedureSubject;
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
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When one division returns a parallel step, the other divisions' open tasks close as {@code
 * SUPERSEDED}: their holders are told once that another division returned the step, with its reason.
 * Runs sit in Gansu (620000), where no other test creates divisions.
 */
@ApiTest
class SupersededTaskNotificationIT {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);
    private static final String PROVINCE = "620000";

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    RegionManagement regions;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventDeliveries deliveries;

    @Autowired
    JdbcClient jdbc;

    /** SUBMIT (county) → DIVISION_CHECK (every division of the province in parallel). */
    private static ProcedureDefinition path() {
        return new ProcedureDefinition(
                "TEST-SUPERSEDED/application/COUNTY",
                1,
                List.of(
                        step("SUBMIT", StepKind.SUBMIT, ActorRule.of(Role.COUNTY_GOVERNMENT, ActorLevel.SUBJECT)),
                        step(
                                "DIVISION_CHECK",
                                StepKind.PARALLEL_EXAMINE,
                                new ActorRule(Role.DIVISION_REVIEWER, ActorLevel.PROVINCE, "DIVISION", false))));
    }

    private static StepDefinition step(String code, StepKind kind, ActorRule actor) {
        return new StepDefinition(
                code, "厅相关处室会审", kind, actor, null, ReturnTo.INITIATOR, "第十条", ProcedureDefinitions.outcomes(kind));
    }

    @Test
    void theDivisionsWhoseTasksAReturnClosedAreToldOnceWithTheReason() {
        Region county = regions.require("620102");
        Region province = regions.require(PROVINCE);
        List<Actor> divisions = List.of(
                actor(fixtures.user(Role.DIVISION_REVIEWER, PROVINCE), province),
                actor(fixtures.user(Role.DIVISION_REVIEWER, PROVINCE), province),
                actor(fixtures.user(Role.DIVISION_REVIEWER, PROVINCE), province));
        Actor submitter = actor(fixtures.user(Role.COUNTY_GOVERNMENT, county.code()), county);
        long id = IDS.incrementAndGet();
        RunView run = procedures.start(
                new ProcedureSubject("TEST", id, county.code(), county.path(), "会审测试申报" + id, "/tests/" + id),
                path(),
                submitter);
        run = procedures.act(act(run), submitter);
        List<RunView.TaskView> checks = run.tasks().stream()
                .filter(t -> t.stepCode().equals("DIVISION_CHECK"))
                .toList();
        assertThat(checks).hasSizeGreaterThanOrEqualTo(divisions.size());

        run = procedures.act(
                new ProcedureCommand.Act(run.id(), run.version(), null, null, "符合条件", null, null), divisions.get(0));
        run = procedures.act(new ProcedureCommand.Return(run.id(), run.version(), "项目用地手续不全"), divisions.get(1));
        deliveries.awaitSettled();

        List<Long> superseded = jdbc.sql("select id from procedure_task where run_id = :run and state = 'SUPERSEDED'")
                .param("run", run.id())
                .query(Long.class)
                .list();
        assertThat(superseded).hasSize(checks.size() - 2);
        long third = task(run.id(), divisions.get(2));
        assertThat(superseded).contains(third);
        assertThat(jdbc.sql("select recipient_id from notification where source_key = :key")
                        .param("key", "procedure-task:" + third + ":superseded")
                        .query(Long.class)
                        .list())
                .as("the third division's holder, once")
                .containsExactly(divisions.get(2).userId());
        assertThat(jdbc.sql("select title || ' ' || body from notification where source_key = :key")
                        .param("key", "procedure-task:" + third + ":superseded")
                        .query(String.class)
                        .single())
                .startsWith("已由其他处室退回：会审测试申报" + id)
                .contains("退回原因：项目用地手续不全");
        assertThat(jdbc.sql("select count(*) from notification where source_key = :key")
                        .param("key", "procedure-task:" + task(run.id(), divisions.get(0)) + ":superseded")
                        .query(Long.class)
                        .single())
                .as("the division that had acted lost no task")
                .isZero();
    }

    private long task(long runId, Actor division) {
        return jdbc.sql("select id from procedure_task where run_id = :run and step_code = 'DIVISION_CHECK'"
                        + " and assignee_organization_id = :org")
                .param("run", runId)
                .param("org", division.organizationId())
                .query(Long.class)
                .single();
    }

    private static ProcedureCommand.Act act(RunView run) {
        return new ProcedureCommand.Act(run.id(), run.version(), null, null, null, null, null);
    }

    /** The actor of a real account in its own organization, so that it can be notified. */
    private Actor actor(String username, Region region) {
        record Row(long id, String role, long organizationId) {}
        Row row = jdbc.sql("select id, role, organization_id from user_account where username = :u")
                .param("u", username)
                .query(Row.class)
                .single();
        return new Actor(
                row.id(),
                username,
                "测试用户",
                Role.valueOf(row.role()),
                row.organizationId(),
                "测试处室",
                region.code(),
                region.path(),
                false);
    }
}
