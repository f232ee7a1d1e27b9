package cn.ecozone.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.procedure.ProcedureCommand.Act;
import cn.ecozone.procedure.ProcedureCommand.Reopen;
import cn.ecozone.procedure.ProcedureCommand.Return;
import cn.ecozone.procedure.ProcedureFacts.NotTheActor;
import cn.ecozone.procedure.ProcedureFacts.NothingToReopen;
import cn.ecozone.procedure.ProcedureFacts.ReopenNeedsReason;
import cn.ecozone.procedure.ProcedureFacts.StaleVersion;
import cn.ecozone.procedure.RunView.AllowedAction;
import cn.ecozone.procedure.RunView.TaskView;
import cn.ecozone.procedure.StepDefinition.ActorRule;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Step.ReturnTo;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A step several roles may act on (the first act ends it, the other roles' tasks close) and the
 * reopening of a finished run by the user whose act finished it, through the façade on the test
 * database. Runs in Ningxia's Xixia district (640105), where no other test starts runs.
 */
@ApiTest
class ProcedureReopenIT {

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    RegionManagement regions;

    Region county;
    Actor government;
    Actor builder;
    Actor confirmer;
    Actor colleague;

    /** SUBMIT by the county's government or a construction subject there → CONFIRM by the league bureau. */
    static ProcedureDefinition confirmation() {
        return new ProcedureDefinition(
                "TEST/confirmation/COUNTY",
                1,
                List.of(
                        new StepDefinition(
                                "SUBMIT",
                                "上报",
                                StepKind.SUBMIT,
                                ActorRule.anyOf(
                                        List.of(Role.COUNTY_GOVERNMENT, Role.CONSTRUCTION_SUBJECT), ActorLevel.SUBJECT),
                                null,
                                null,
                                null,
                                List.of()),
                        new StepDefinition(
                                "CONFIRM",
                                "确认",
                                StepKind.ACKNOWLEDGE,
                                ActorRule.of(Role.PREFECTURE_STAFF, ActorLevel.PREFECTURE),
                                null,
                                ReturnTo.PREVIOUS,
                                null,
                                List.of())));
    }

    @BeforeEach
    void actors() {
        county = regions.require("640105");
        Region league = regions.require("640100");
        government = Runs.actor(Role.COUNTY_GOVERNMENT, county, 1);
        builder = Runs.actor(Role.CONSTRUCTION_SUBJECT, county, 4);
        confirmer = Runs.actor(Role.PREFECTURE_STAFF, league, 2);
        colleague = Runs.actor(Role.PREFECTURE_STAFF, league, 2);
    }

    private static Act act(RunView run) {
        return new Act(run.id(), run.version(), null, null, null, null, null);
    }

    private static List<TaskView> open(RunView run, String step) {
        return run.tasks().stream()
                .filter(t -> t.stepCode().equals(step) && t.state().equals("OPEN"))
                .toList();
    }

    @Test
    void anyRoleOfASeveralRoleStepActsAndTheOthersTasksCloseAndAReturnReopensItForAll() {
        RunView run = procedures.start(Runs.subject(county), confirmation(), builder);
        assertThat(open(run, "SUBMIT"))
                .extracting(TaskView::assigneeRole)
                .containsExactlyInAnyOrder("COUNTY_GOVERNMENT", "CONSTRUCTION_SUBJECT");
        assertThat(procedures.view(run.id(), government).allowedActions())
                .extracting(AllowedAction::action)
                .contains("ACT");

        run = procedures.act(act(run), builder);
        assertThat(run.currentStepCode()).isEqualTo("CONFIRM");
        assertThat(run.tasks())
                .filteredOn(t -> t.stepCode().equals("SUBMIT"))
                .extracting(TaskView::state)
                .containsExactlyInAnyOrder("DONE", "SUPERSEDED");

        run = procedures.act(new Return(run.id(), run.version(), "数据来源不明"), confirmer);
        assertThat(open(run, "SUBMIT"))
                .extracting(TaskView::assigneeRole)
                .containsExactlyInAnyOrder("COUNTY_GOVERNMENT", "CONSTRUCTION_SUBJECT");
        run = procedures.act(act(run), government);
        assertThat(run.currentStepCode()).isEqualTo("CONFIRM");
    }

    @Test
    void onlyTheConfirmerReopensAFinishedRunWithAReasonBackToTheSubjectsStep() {
        RunView started = procedures.start(Runs.subject(county), confirmation(), government);
        RunView submitted = procedures.act(act(started), government);
        assertThatThrownBy(() -> procedures.act(new Reopen(submitted.id(), submitted.version(), "早了"), confirmer))
                .isInstanceOf(NotTheActor.class);
        RunView finished = procedures.act(act(submitted), confirmer);
        assertThat(finished.state()).isEqualTo("FINISHED");
        assertThat(procedures.view(finished.id(), confirmer).allowedActions())
                .as("offered only where the subject asks")
                .isEmpty();
        assertThat(procedures.viewReopenable(finished.id(), confirmer).allowedActions())
                .extracting(AllowedAction::action)
                .containsExactly("REOPEN");
        assertThat(procedures.viewReopenable(finished.id(), colleague).allowedActions())
                .isEmpty();

        assertThatThrownBy(() -> procedures.act(new Reopen(finished.id(), finished.version(), "复核"), colleague))
                .isInstanceOf(NotTheActor.class);
        assertThatThrownBy(() -> procedures.act(new Reopen(finished.id(), finished.version(), " "), confirmer))
                .isInstanceOf(ReopenNeedsReason.class);
        assertThatThrownBy(() -> procedures.act(new Reopen(finished.id(), finished.version() - 1, "复核"), confirmer))
                .isInstanceOf(StaleVersion.class);

        RunView reopened = procedures.act(new Reopen(finished.id(), finished.version(), "统计口径错误"), confirmer);
        assertThat(reopened.state()).isEqualTo("OPEN");
        assertThat(reopened.currentStepCode()).isEqualTo("SUBMIT");
        assertThat(open(reopened, "SUBMIT")).hasSize(2);
        assertThat(reopened.timeline().getLast()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("REOPEN");
            assertThat(e.stepCode()).isEqualTo("CONFIRM");
            assertThat(e.opinion()).isEqualTo("统计口径错误");
        });
        assertThatThrownBy(() -> procedures.act(new Reopen(reopened.id(), reopened.version(), "再次"), confirmer))
                .isInstanceOf(NothingToReopen.class);
        assertThat(procedures.act(act(reopened), builder).currentStepCode()).isEqualTo("CONFIRM");
    }

    @Test
    void aRunCarriedOverFinishedIsReopenedOnlyByTheUserWhoseActFinishedItThenAndWithoutOneByNobody() {
        java.time.Instant confirmedAt = java.time.Instant.parse("2025-03-05T02:00:00Z");
        CarriedRun carried = new CarriedRun(
                1,
                true,
                0,
                java.time.Instant.parse("2025-03-01T02:00:00Z"),
                null,
                List.of(new CarriedRun.PastEntry(
                        "CONFIRM", "ACT", null, null, "旧确认人", "PREFECTURE_STAFF", "", confirmedAt, List.of())));
        long id = procedures.carryOver(Runs.subject(county), confirmation(), carried, confirmer.userId(), "旧确认人");
        RunView finished = procedures.viewReopenable(id, confirmer);
        assertThat(finished.allowedActions()).extracting(AllowedAction::action).containsExactly("REOPEN");
        assertThat(finished.timeline().getFirst().at()).isEqualTo(confirmedAt);
        assertThatThrownBy(() -> procedures.act(new Reopen(id, finished.version(), "复核"), colleague))
                .isInstanceOf(NotTheActor.class);
        assertThat(procedures
                        .act(new Reopen(id, finished.version(), "复核"), confirmer)
                        .currentStepCode())
                .isEqualTo("SUBMIT");

        long unknown = procedures.carryOver(Runs.subject(county), confirmation(), carried);
        assertThat(procedures.viewReopenable(unknown, confirmer).allowedActions())
                .as("no finishing act carried over: nobody may reopen")
                .isEmpty();
    }
}
