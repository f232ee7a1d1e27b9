package cn.ecozone.procedure.internal;

import static cn.ecozone.procedure.internal.GuardsTableTest.COUNTY;
import static cn.ecozone.procedure.internal.GuardsTableTest.DIVISION_A;
import static cn.ecozone.procedure.internal.GuardsTableTest.LEAGUE;
import static cn.ecozone.procedure.internal.GuardsTableTest.OTHER_COUNTY;
import static cn.ecozone.procedure.internal.GuardsTableTest.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.procedure.ActorLevel;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureDefinitions;
import cn.ecozone.procedure.ProcedureFacts.NotTheActor;
import cn.ecozone.procedure.ProcedureFacts.NothingToReopen;
import cn.ecozone.procedure.ProcedureFacts.RunClosed;
import cn.ecozone.procedure.ProcedureFacts.RunNotFound;
import cn.ecozone.procedure.ProcedureFacts.StaleVersion;
import cn.ecozone.procedure.RunView.AllowedAction;
import cn.ecozone.procedure.StepDefinition;
import cn.ecozone.procedure.StepDefinition.ActorRule;
import cn.ecozone.procedure.StepDefinition.RoleAt;
import cn.ecozone.procedure.internal.GuardsTableTest.Op;
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
 * The rows of {@link GuardsTableTest} for a step several roles may act on and for the reopening of a
 * finished run, on the shape of indicator confirmation (SUBMIT by any of two roles of the county,
 * CONFIRM by the league's bureau or the province department, roles at two levels), without Spring.
 */
class SeveralRolesAndReopenGuardsTest {

    static final Actor BUILDER = actor(107, Role.CONSTRUCTION_SUBJECT, 15, "152502", "/150000/152500/152502/");
    static final Actor LEAGUE_COLLEAGUE = actor(108, Role.PREFECTURE_STAFF, 11, "152500", "/150000/152500/");

    /** SUBMIT by any of two roles of the county → CONFIRM by the league or the province (indicator confirmation's shape). */
    static final ProcedureDefinition CONFIRMATION = new ProcedureDefinition(
            "TEST/confirmation/COUNTY",
            1,
            List.of(
                    step(
                            "SUBMIT",
                            StepKind.SUBMIT,
                            ActorRule.anyOf(
                                    List.of(Role.COUNTY_GOVERNMENT, Role.CONSTRUCTION_SUBJECT), ActorLevel.SUBJECT)),
                    step(
                            "CONFIRM",
                            StepKind.EXAMINE,
                            ActorRule.anyOfAt(List.of(
                                    new RoleAt(Role.PREFECTURE_STAFF, ActorLevel.PREFECTURE),
                                    new RoleAt(Role.PROVINCE_STAFF, ActorLevel.PROVINCE))))));

    enum Confirmation {
        /** The county's step is open (one task per role). */
        SUBMITTING,
        /** The league's step is open. */
        CONFIRMING,
        /** The league confirmed: the run is finished. */
        CONFIRMED,
        /** The province confirmed instead of the league: the run is finished. */
        CONFIRMED_BY_PROVINCE
    }

    static Stream<Arguments> severalRolesAndReopening() {
        return Stream.of(
                // a step several roles may act on: any of them, at the subject's region only
                Arguments.of(Confirmation.SUBMITTING, Op.ACT, COUNTY, null),
                Arguments.of(Confirmation.SUBMITTING, Op.ACT, BUILDER, null),
                Arguments.of(Confirmation.SUBMITTING, Op.ACT, LEAGUE, NotTheActor.class),
                Arguments.of(Confirmation.SUBMITTING, Op.ACT, OTHER_COUNTY, RunNotFound.class),
                Arguments.of(Confirmation.CONFIRMING, Op.ACT, BUILDER, NotTheActor.class),
                Arguments.of(Confirmation.CONFIRMING, Op.RETURN, LEAGUE, null),
                // a step roles at two levels may act on: the league's bureau or the province department
                Arguments.of(Confirmation.CONFIRMING, Op.ACT, PROVINCE, null),
                Arguments.of(Confirmation.CONFIRMING, Op.RETURN, PROVINCE, null),
                Arguments.of(Confirmation.CONFIRMING, Op.ACT, DIVISION_A, NotTheActor.class),
                Arguments.of(Confirmation.CONFIRMED_BY_PROVINCE, Op.REOPEN, PROVINCE, null),
                Arguments.of(Confirmation.CONFIRMED_BY_PROVINCE, Op.REOPEN, LEAGUE, NotTheActor.class),
                Arguments.of(Confirmation.CONFIRMED, Op.REOPEN, PROVINCE, NotTheActor.class),
                // reopening a finished run: only the confirmer, only once finished
                Arguments.of(Confirmation.CONFIRMED, Op.REOPEN, LEAGUE, null),
                Arguments.of(Confirmation.CONFIRMED, Op.REOPEN, LEAGUE_COLLEAGUE, NotTheActor.class),
                Arguments.of(Confirmation.CONFIRMED, Op.REOPEN, COUNTY, NotTheActor.class),
                Arguments.of(Confirmation.CONFIRMED, Op.ACT, LEAGUE, RunClosed.class),
                Arguments.of(Confirmation.CONFIRMING, Op.REOPEN, LEAGUE, NotTheActor.class));
    }

    @ParameterizedTest(name = "{0}, {1} by {2}: {3}")
    @MethodSource("severalRolesAndReopening")
    void aStepOfSeveralRolesAndTheReopeningOfAFinishedRun(
            Confirmation at, Op op, Actor actor, Class<? extends DomainFact> refusal) {
        ConfirmationRun s = new ConfirmationRun(at);
        if (refusal == null) {
            s.run(op, actor, s.run.version());
        } else {
            assertThatThrownBy(() -> s.run(op, actor, s.run.version())).isInstanceOf(refusal);
        }
        List<String> offered = s.offered(actor);
        if (refusal == null) {
            assertThat(offered).contains(op.name());
        } else {
            assertThat(offered).doesNotContain(op.name());
        }
    }

    @Test
    void reopeningIsRefusedOnAnOpenRunWithAStaleVersionOrOutOfScope() {
        ConfirmationRun s = new ConfirmationRun(Confirmation.CONFIRMED);
        assertThatThrownBy(() -> s.run(Op.REOPEN, LEAGUE, s.run.version() - 1)).isInstanceOf(StaleVersion.class);
        s.run.reopen();
        s.run.open(0);
        assertThatThrownBy(() -> s.run(Op.REOPEN, LEAGUE, s.run.version())).isInstanceOf(NothingToReopen.class);
        Actor moved = actor(101, Role.PREFECTURE_STAFF, 11, "152900", "/150000/152900/");
        ConfirmationRun t = new ConfirmationRun(Confirmation.CONFIRMED);
        assertThatThrownBy(() -> t.run(Op.REOPEN, moved, t.run.version())).isInstanceOf(RunNotFound.class);
    }

    @Test
    void aStepOfRolesAtTwoLevelsAdmitsEachAtItsOwnLevelOnly() {
        ActorRule confirm = CONFIRMATION.steps().get(1).actor();
        String code = "152502";
        String path = "/150000/152500/152502/";
        assertThat(confirm.admits(Role.PREFECTURE_STAFF, "152500", code, path)).isTrue();
        assertThat(confirm.admits(Role.PROVINCE_STAFF, "150000", code, path)).isTrue();
        assertThat(confirm.admits(Role.PROVINCE_STAFF, "152500", code, path)).isFalse();
        assertThat(confirm.admits(Role.PREFECTURE_STAFF, "150000", code, path)).isFalse();
        assertThat(confirm.anyOfSeveral()).isTrue();
        assertThatThrownBy(() -> ActorRule.anyOfAt(List.of(
                        new RoleAt(Role.PROVINCE_STAFF, ActorLevel.PROVINCE),
                        new RoleAt(Role.PROVINCE_STAFF, ActorLevel.PROVINCE))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A run of {@link #CONFIRMATION}: the county's step opens one task per role. */
    static final class ConfirmationRun {
        final RunEntity run = new RunEntity(
                "IND", 1, "152502", "/150000/152500/152502/", "指标", "/i/1", "TEST", 1, "[]", 100, Instant.EPOCH);
        final List<TaskEntity> tasks = new ArrayList<>();
        long ids = 1;

        ConfirmationRun(Confirmation at) {
            run.assignId(1);
            open(0, List.of(COUNTY, BUILDER));
            if (at == Confirmation.SUBMITTING) {
                return;
            }
            close(0, COUNTY);
            open(1, List.of(LEAGUE, PROVINCE));
            if (at == Confirmation.CONFIRMED || at == Confirmation.CONFIRMED_BY_PROVINCE) {
                close(1, at == Confirmation.CONFIRMED ? LEAGUE : PROVINCE);
                run.end(RunEntity.State.FINISHED, Instant.ofEpochSecond(9));
            }
        }

        void open(int index, List<Actor> who) {
            int round = run.open(index);
            for (Actor a : who) {
                TaskEntity t = new TaskEntity(
                        1,
                        index,
                        CONFIRMATION.steps().get(index).code(),
                        "K",
                        round,
                        new Assignee(a.role(), a.regionCode(), null, null, null),
                        Instant.EPOCH);
                t.assignId(ids++);
                tasks.add(t);
            }
        }

        void close(int index, Actor actor) {
            for (TaskEntity t : tasks) {
                if (t.stepIndex() == index && t.state() == TaskEntity.State.OPEN) {
                    t.closed(
                            t.isFor(actor) ? TaskEntity.State.DONE : TaskEntity.State.SUPERSEDED,
                            null,
                            null,
                            t.isFor(actor) ? actor : null,
                            Instant.ofEpochSecond(ids));
                }
            }
        }

        void run(Op op, Actor actor, long version) {
            switch (op) {
                case ACT -> Guards.act(run, tasks, CONFIRMATION, actor, null, version);
                case RETURN -> Guards.returnFrom(run, tasks, CONFIRMATION, actor, null, version);
                case WITHDRAW -> Guards.withdrawable(run, tasks, actor, version);
                case CANCEL -> Guards.cancel(run, tasks, actor, version);
                case REOPEN -> Guards.reopenable(run, tasks, CONFIRMATION, actor, version);
            }
        }

        List<String> offered(Actor actor) {
            List<AllowedAction> offered = run.state() == RunEntity.State.OPEN
                    ? Guards.allowed(run, tasks, CONFIRMATION, actor)
                    : Guards.reopenAction(run, tasks, CONFIRMATION, actor);
            return offered.stream().map(AllowedAction::action).toList();
        }
    }

    private static StepDefinition step(String code, StepKind kind, ActorRule actor) {
        return new StepDefinition(
                code, code, kind, actor, null, ReturnTo.PREVIOUS, "第五条", ProcedureDefinitions.outcomes(kind));
    }

    private static Actor actor(long id, Role role, long org, String regionCode, String regionPath) {
        return new Actor(id, "u" + id, "用户" + id, role, org, "机构" + org, regionCode, regionPath, false);
    }
}
