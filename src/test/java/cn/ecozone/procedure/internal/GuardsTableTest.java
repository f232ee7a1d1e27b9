package cn.ecozone.procedure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.procedure.ActorLevel;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureDefinitions;
import cn.ecozone.procedure.ProcedureFacts.CancelTooLate;
import cn.ecozone.procedure.ProcedureFacts.NotTheActor;
import cn.ecozone.procedure.ProcedureFacts.NothingToReturnTo;
import cn.ecozone.procedure.ProcedureFacts.NothingToWithdraw;
import cn.ecozone.procedure.ProcedureFacts.RunClosed;
import cn.ecozone.procedure.ProcedureFacts.RunNotFound;
import cn.ecozone.procedure.ProcedureFacts.StaleVersion;
import cn.ecozone.procedure.ProcedureFacts.StepAlreadyTaken;
import cn.ecozone.procedure.RunView.AllowedAction;
import cn.ecozone.procedure.StepDefinition;
import cn.ecozone.procedure.StepDefinition.ActorRule;
import cn.ecozone.procedure.internal.TaskEntity.Assignee;
import cn.ecozone.regulation.Step.ReturnTo;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.DomainFact;
import cn.ecozone.shared.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Step kind × operation × actor, without Spring: each row says whether the guards allow the operation
 * or which fact refuses it, and that {@code allowedActions} offers exactly the allowed ones.
 */
class GuardsTableTest {

    static final Actor COUNTY = actor(100, Role.COUNTY_GOVERNMENT, 10, "152502", "/150000/152500/152502/");
    static final Actor LEAGUE = actor(101, Role.PREFECTURE_STAFF, 11, "152500", "/150000/152500/");
    static final Actor DIVISION_A = actor(102, Role.DIVISION_REVIEWER, 31, "150000", "/150000/");
    static final Actor DIVISION_B = actor(103, Role.DIVISION_REVIEWER, 32, "150000", "/150000/");
    static final Actor PROVINCE = actor(104, Role.PROVINCE_STAFF, 12, "150000", "/150000/");
    static final Actor OTHER_LEAGUE = actor(105, Role.PREFECTURE_STAFF, 13, "152900", "/150000/152900/");
    static final Actor OTHER_COUNTY = actor(106, Role.COUNTY_GOVERNMENT, 14, "152501", "/150000/152500/152501/");

    /** SUBMIT → EXAMINE → PARALLEL_EXAMINE (two divisions) → PANEL → FILE → ACKNOWLEDGE. */
    static final ProcedureDefinition DEFINITION = new ProcedureDefinition(
            "TEST/plan/COUNTY",
            1,
            List.of(
                    step(
                            "SUBMIT",
                            StepKind.SUBMIT,
                            new ActorRule(Role.COUNTY_GOVERNMENT, ActorLevel.SUBJECT, null, false)),
                    step("EXAMINE", StepKind.EXAMINE, ActorRule.of(Role.PREFECTURE_STAFF, ActorLevel.PREFECTURE)),
                    step(
                            "DIVISION_CHECK",
                            StepKind.PARALLEL_EXAMINE,
                            new ActorRule(Role.DIVISION_REVIEWER, ActorLevel.PROVINCE, "DIVISION", false)),
                    step("EXPERT_REVIEW", StepKind.PANEL, ActorRule.of(Role.PROVINCE_STAFF, ActorLevel.PROVINCE)),
                    step("FILE", StepKind.FILE, ActorRule.of(Role.COUNTY_GOVERNMENT, ActorLevel.SUBJECT)),
                    step(
                            "RECEIVE_FILING",
                            StepKind.ACKNOWLEDGE,
                            ActorRule.of(Role.PROVINCE_STAFF, ActorLevel.PROVINCE))));

    /** Who acted on each earlier step (the parallel step: division A, then division B). */
    static final List<List<Actor>> ACTED = List.of(
            List.of(COUNTY), List.of(LEAGUE), List.of(DIVISION_A, DIVISION_B), List.of(PROVINCE), List.of(COUNTY));

    enum Op {
        ACT,
        RETURN,
        WITHDRAW,
        CANCEL,
        REOPEN
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // SUBMIT: the initiator submits or cancels; nothing to return to or withdraw
                row(0, Op.ACT, COUNTY, null),
                row(0, Op.ACT, LEAGUE, NotTheActor.class),
                row(0, Op.ACT, OTHER_COUNTY, RunNotFound.class),
                row(0, Op.RETURN, COUNTY, NothingToReturnTo.class),
                row(0, Op.WITHDRAW, COUNTY, NotTheActor.class),
                row(0, Op.CANCEL, COUNTY, null),
                row(0, Op.CANCEL, LEAGUE, NotTheActor.class),
                // EXAMINE: the league acts or returns; the county withdraws or cancels until it does
                row(1, Op.ACT, LEAGUE, null),
                row(1, Op.ACT, COUNTY, NotTheActor.class),
                row(1, Op.ACT, OTHER_LEAGUE, RunNotFound.class),
                row(1, Op.RETURN, LEAGUE, null),
                row(1, Op.RETURN, COUNTY, NotTheActor.class),
                row(1, Op.WITHDRAW, COUNTY, null),
                row(1, Op.WITHDRAW, LEAGUE, NotTheActor.class),
                row(1, Op.CANCEL, COUNTY, null),
                // PARALLEL_EXAMINE: each division acts or returns; the league withdraws; too late to cancel
                row(2, Op.ACT, DIVISION_A, null),
                row(2, Op.ACT, DIVISION_B, null),
                row(2, Op.RETURN, DIVISION_B, null),
                row(2, Op.ACT, PROVINCE, NotTheActor.class),
                row(2, Op.WITHDRAW, LEAGUE, null),
                row(2, Op.WITHDRAW, COUNTY, NothingToWithdraw.class),
                row(2, Op.CANCEL, COUNTY, CancelTooLate.class),
                // PANEL: the province acts or returns; only the division whose act joined the step withdraws
                row(3, Op.ACT, PROVINCE, null),
                row(3, Op.RETURN, PROVINCE, null),
                row(3, Op.WITHDRAW, DIVISION_B, null),
                row(3, Op.WITHDRAW, DIVISION_A, NothingToWithdraw.class),
                row(3, Op.WITHDRAW, LEAGUE, NothingToWithdraw.class),
                // FILE: the county files; it cannot return its own step
                row(4, Op.ACT, COUNTY, null),
                row(4, Op.RETURN, COUNTY, NothingToReturnTo.class),
                row(4, Op.WITHDRAW, PROVINCE, null),
                row(4, Op.CANCEL, COUNTY, CancelTooLate.class),
                row(4, Op.CANCEL, OTHER_COUNTY, NotTheActor.class),
                // ACKNOWLEDGE: the receiving body acknowledges or returns; the province's own act is two steps back
                row(5, Op.ACT, PROVINCE, null),
                row(5, Op.RETURN, PROVINCE, null),
                row(5, Op.ACT, COUNTY, NotTheActor.class),
                row(5, Op.WITHDRAW, COUNTY, null),
                row(5, Op.WITHDRAW, PROVINCE, NothingToWithdraw.class));
    }

    @ParameterizedTest(name = "step {0}, {1} by {2}: {3}")
    @MethodSource("table")
    void eachOperationIsAllowedOrRefusedWithItsFact(int step, Op op, Actor actor, Class<? extends DomainFact> refusal) {
        Scenario s = Scenario.at(step);
        if (refusal == null) {
            run(s, op, actor, s.run.version());
        } else {
            assertThatThrownBy(() -> run(s, op, actor, s.run.version())).isInstanceOf(refusal);
        }
        List<String> offered = Guards.allowed(s.run, s.tasks, DEFINITION, actor).stream()
                .map(AllowedAction::action)
                .toList();
        if (refusal == null) {
            assertThat(offered).contains(op.name());
        } else {
            assertThat(offered).doesNotContain(op.name());
        }
    }

    @Test
    void aDivisionThatActedCannotActAgainButMayWithdrawWhileTheOtherHasNot() {
        Scenario s = Scenario.at(2);
        s.act(2, DIVISION_A);
        assertThatThrownBy(() -> run(s, Op.ACT, DIVISION_A, s.run.version())).isInstanceOf(StepAlreadyTaken.class);
        assertThat(Guards.withdrawable(s.run, s.tasks, DIVISION_A, s.run.version())
                        .assigneeOrganizationId())
                .isEqualTo(31L);
        run(s, Op.ACT, DIVISION_B, s.run.version());
        assertThat(Guards.allowed(s.run, s.tasks, DEFINITION, DIVISION_A))
                .extracting(AllowedAction::action)
                .containsExactly("WITHDRAW");
    }

    @Test
    void aStaleVersionIsRefusedAfterRoleScopeAndState() {
        Scenario s = Scenario.at(1);
        assertThatThrownBy(() -> run(s, Op.ACT, LEAGUE, s.run.version() - 1)).isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> run(s, Op.ACT, COUNTY, s.run.version() - 1)).isInstanceOf(NotTheActor.class);
        assertThatThrownBy(() -> run(s, Op.ACT, OTHER_LEAGUE, s.run.version() - 1))
                .isInstanceOf(RunNotFound.class);
    }

    @Test
    void nothingIsAllowedOnAFinishedRun() {
        Scenario s = Scenario.at(5);
        s.run.end(RunEntity.State.FINISHED, Instant.EPOCH);
        assertThatThrownBy(() -> run(s, Op.ACT, PROVINCE, s.run.version())).isInstanceOf(RunClosed.class);
        assertThatThrownBy(() -> run(s, Op.WITHDRAW, COUNTY, s.run.version())).isInstanceOf(NothingToWithdraw.class);
        assertThatThrownBy(() -> run(s, Op.CANCEL, COUNTY, s.run.version())).isInstanceOf(RunClosed.class);
    }

    private static void run(Scenario s, Op op, Actor actor, long version) {
        switch (op) {
            case ACT -> Guards.act(s.run, s.tasks, DEFINITION, actor, null, version);
            case RETURN -> Guards.returnFrom(s.run, s.tasks, DEFINITION, actor, null, version);
            case WITHDRAW -> Guards.withdrawable(s.run, s.tasks, actor, version);
            case CANCEL -> Guards.cancel(s.run, s.tasks, actor, version);
            case REOPEN -> Guards.reopenable(s.run, s.tasks, DEFINITION, actor, version);
        }
    }

    /** A run whose steps before {@code current} were acted on by {@link #ACTED}, the current one open. */
    static final class Scenario {
        final RunEntity run = new RunEntity(
                "PLAN", 1, "152502", "/150000/152500/152502/", "规划", "/plans/1", "TEST", 1, "[]", 100, Instant.EPOCH);
        final List<TaskEntity> tasks = new ArrayList<>();
        long ids = 1;
        long clock = 0;

        static Scenario at(int current) {
            Scenario s = new Scenario();
            s.run.assignId(1);
            for (int i = 0; i <= current; i++) {
                s.open(i);
                if (i < current) {
                    for (Actor a : ACTED.get(i)) {
                        s.act(i, a);
                    }
                }
            }
            return s;
        }

        void open(int index) {
            int round = run.open(index);
            List<Actor> who = index == 2 ? List.of(DIVISION_A, DIVISION_B) : List.of(assigneeOf(index));
            for (Actor a : who) {
                Assignee assignee = new Assignee(
                        a.role(),
                        a.regionCode(),
                        index == 2 ? a.organizationId() : null,
                        index == 2 ? a.organizationName() : null,
                        null);
                TaskEntity t = new TaskEntity(
                        1, index, DEFINITION.steps().get(index).code(), "K", round, assignee, Instant.EPOCH);
                t.assignId(ids++);
                tasks.add(t);
            }
        }

        void act(int index, Actor actor) {
            TaskEntity t = tasks.stream()
                    .filter(x -> x.stepIndex() == index && x.state() == TaskEntity.State.OPEN && x.isFor(actor))
                    .findFirst()
                    .orElseThrow();
            t.closed(TaskEntity.State.DONE, null, "意见", actor, Instant.ofEpochSecond(++clock));
        }

        private static Actor assigneeOf(int index) {
            return switch (index) {
                case 0, 4 -> COUNTY;
                case 1 -> LEAGUE;
                default -> PROVINCE;
            };
        }
    }

    private static Arguments row(int step, Op op, Actor actor, Class<? extends DomainFact> refusal) {
        return Arguments.of(step, op, actor, refusal);
    }

    private static StepDefinition step(String code, StepKind kind, ActorRule actor) {
        return new StepDefinition(
                code, code, kind, actor, null, ReturnTo.PREVIOUS, "第五条", ProcedureDefinitions.outcomes(kind));
    }

    private static Actor actor(long id, Role role, long org, String regionCode, String regionPath) {
        return new Actor(id, "u" + id, "用户" + id, role, org, "机构" + org, regionCode, regionPath, false);
    }
}
