package cn.ecozone.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.procedure.ProcedureCommand.Act;
import cn.ecozone.procedure.ProcedureCommand.Cancel;
import cn.ecozone.procedure.ProcedureFacts.AssigneesNeeded;
import cn.ecozone.procedure.ProcedureFacts.NotTheActor;
import cn.ecozone.procedure.ProcedureFacts.OutcomeNotAllowed;
import cn.ecozone.procedure.StepDefinition.ActorRule;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Step.ReturnTo;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Appointed actors (an expert panel named by the province) and cancelling by the initiator. */
@ApiTest
class ProcedureAppointmentIT {

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    RegionManagement regions;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    /** SUBMIT (county) → EXAMINE (province) → PANEL (experts the province appoints). */
    static ProcedureDefinition withPanel() {
        return new ProcedureDefinition(
                "TEST/panel",
                1,
                List.of(
                        step("SUBMIT", StepKind.SUBMIT, ActorRule.of(Role.COUNTY_GOVERNMENT, ActorLevel.SUBJECT)),
                        step("EXAMINE", StepKind.EXAMINE, ActorRule.of(Role.PROVINCE_STAFF, ActorLevel.PROVINCE)),
                        step("PANEL", StepKind.PANEL, new ActorRule(Role.EXPERT, ActorLevel.PROVINCE, null, true))));
    }

    @Test
    void theProvinceAppointsTheExpertsAndOnlyTheyReviewEachWithAnOutcome() {
        Region county = regions.require("630103");
        Region province = regions.require("630000");
        Actor submitter = Runs.actor(Role.COUNTY_GOVERNMENT, county, 1);
        Actor staff = Runs.actor(Role.PROVINCE_STAFF, province, 2);
        Actor first = expert(province);
        Actor second = expert(province);
        Actor notAppointed = expert(province);
        RunView run = procedures.start(Runs.subject(county), withPanel(), submitter);
        run = procedures.act(new Act(run.id(), run.version(), null, null, null, null, null), submitter);
        RunView examined = run;

        assertThatThrownBy(() -> procedures.act(act(examined, null, List.of()), staff))
                .isInstanceOf(AssigneesNeeded.class);
        assertThatThrownBy(() -> procedures.act(act(examined, null, List.of(submitter.userId())), staff))
                .isInstanceOf(AssigneesNeeded.class);
        assertThat(procedures.view(run.id(), staff).version()).isEqualTo(examined.version());

        run = procedures.act(act(run, null, List.of(first.userId(), second.userId())), staff);
        assertThat(run.currentStepCode()).isEqualTo("PANEL");
        assertThat(run.tasks()).filteredOn(t -> t.stepCode().equals("PANEL")).hasSize(2);

        RunView atPanel = run;
        assertThatThrownBy(() -> procedures.act(act(atPanel, "PASS", List.of()), notAppointed))
                .isInstanceOf(NotTheActor.class);
        assertThatThrownBy(() -> procedures.act(act(atPanel, "GOOD", List.of()), first))
                .isInstanceOf(OutcomeNotAllowed.class);
        run = procedures.act(act(run, "PASS", List.of()), first);
        assertThat(run.state()).isEqualTo("OPEN");
        run = procedures.act(act(run, "REVISE", List.of()), second);

        assertThat(run.state()).isEqualTo("FINISHED");
        assertThat(run.currentStepCode()).isNull();
        assertThat(run.allowedActions()).isEmpty();
        assertThat(run.timeline())
                .filteredOn(e -> e.stepCode().equals("PANEL"))
                .extracting(RunView.EntryView::outcome)
                .containsExactly("PASS", "REVISE");
    }

    @Test
    void theInitiatorCancelsBeforeTheExaminationAndTheRunEnds() {
        Region county = regions.require("630104");
        Actor submitter = Runs.actor(Role.COUNTY_GOVERNMENT, county, 1);
        RunView run = procedures.start(Runs.subject(county), withPanel(), submitter);
        run = procedures.act(new Act(run.id(), run.version(), null, null, null, null, null), submitter);
        assertThat(run.allowedActions())
                .extracting(RunView.AllowedAction::action)
                .contains("CANCEL");

        run = procedures.act(new Cancel(run.id(), run.version(), "撤回申请"), submitter);

        assertThat(run.state()).isEqualTo("CANCELLED");
        assertThat(run.tasks()).extracting(RunView.TaskView::state).doesNotContain("OPEN");
        assertThat(run.timeline().getLast().action()).isEqualTo("CANCEL");
    }

    private Actor expert(Region province) {
        String username = fixtures.user(Role.EXPERT, province.code());
        long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        return new Actor(id, username, "专家", Role.EXPERT, 0, "专家单位", province.code(), province.path(), false);
    }

    private static Act act(RunView run, String outcome, List<Long> assignees) {
        return new Act(run.id(), run.version(), null, outcome, "意见", List.of(), assignees);
    }

    private static StepDefinition step(String code, StepKind kind, ActorRule actor) {
        return new StepDefinition(
                code, code, kind, actor, null, ReturnTo.PREVIOUS, null, ProcedureDefinitions.outcomes(kind));
    }
}
