package cn.ecozone.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.identity.Organization;
import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.identity.OrganizationManagement;
import cn.ecozone.procedure.ProcedureCommand.Act;
import cn.ecozone.procedure.ProcedureCommand.Return;
import cn.ecozone.procedure.ProcedureCommand.Withdraw;
import cn.ecozone.procedure.RunView.TaskView;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Withdrawals and returns around a parallel step (the province's divisions in parallel, ADR 0010):
 * a division taking back its act keeps the step's due date, and a return into the step after one
 * division withdrew and redid its act reopens every division that acted. Runs sit in Ningxia
 * (640000), like {@link ProcedureEngineIT}'s.
 */
@ApiTest
class ProcedureParallelStepIT {

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    RegionManagement regions;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    Region county;
    Region province;
    Actor countyGovernment;
    Actor leagueStaff;
    Actor provinceStaff;
    List<Actor> divisions;

    @BeforeEach
    void actors() {
        county = regions.require("640104");
        province = regions.require("640000");
        countyGovernment = Runs.actor(Role.COUNTY_GOVERNMENT, county, 1);
        leagueStaff = Runs.actor(Role.PREFECTURE_STAFF, regions.require("640100"), 2);
        provinceStaff = Runs.actor(Role.PROVINCE_STAFF, province, 3);
        while (organizations.ofKind(OrganizationKind.DIVISION, "640000").size() < 3) {
            fixtures.organization(OrganizationKind.DIVISION, "640000");
        }
        divisions = organizations.ofKind(OrganizationKind.DIVISION, "640000").stream()
                .map(Organization::id)
                .map(id -> Runs.actor(Role.DIVISION_REVIEWER, province, id))
                .toList();
    }

    @Test
    void aDivisionWithdrawingItsActKeepsTheStepsDueDate() {
        java.time.Instant before = clock.instant();
        try {
            RunView run = atDivisionCheck(Runs.chainWithDivisionPeriod());
            LocalDate due = run.deadline().due();
            long subjectId =
                    jdbc.queryForObject("select subject_id from procedure_run where id = ?", Long.class, run.id());
            clock.advance(Duration.ofDays(3)); // a restarted period of 10 working days would end later

            run = procedures.act(act(run, "符合条件"), divisions.getFirst());
            run = procedures.act(new Withdraw(run.id(), run.version()), divisions.getFirst());

            assertThat(run.currentStepCode()).isEqualTo("DIVISION_CHECK");
            assertThat(open(run)).hasSize(divisions.size());
            assertThat(jdbc.queryForList(
                            "select distinct due_date from procedure_task where run_id = ? and state = 'OPEN'",
                            LocalDate.class,
                            run.id()))
                    .as("every open division task, the reopened one too, keeps the step's due date")
                    .containsExactly(due);
            assertThat(jdbc.queryForObject(
                            "select due_date from deadline where subject_type = 'TEST' and subject_id = ?"
                                    + " and kind = 'STEP_DIVISION_CHECK' and open_marker = 1",
                            LocalDate.class,
                            subjectId))
                    .isEqualTo(due);
        } finally {
            clock.set(before); // every IT shares the clock
        }
    }

    @Test
    void aReturnIntoTheParallelStepAfterAWithdrawAndRedoReopensEveryDivisionThatActed() {
        RunView run = atDivisionCheck(Runs.chain());
        for (Actor division : divisions) {
            run = procedures.act(act(run, "符合条件"), division);
        }
        assertThat(run.currentStepCode()).isEqualTo("DECIDE");
        Actor last = divisions.getLast();
        run = procedures.act(new Withdraw(run.id(), run.version()), last);
        assertThat(open(run)).hasSize(1);
        run = procedures.act(act(run, "补充意见后符合条件"), last);
        assertThat(run.currentStepCode()).isEqualTo("DECIDE");

        run = procedures.act(new Return(run.id(), run.version(), "请各处室复核用地指标"), provinceStaff);

        assertThat(run.currentStepCode()).isEqualTo("DIVISION_CHECK");
        assertThat(open(run))
                .extracting(TaskView::assigneeOrganizationName)
                .hasSize(divisions.size())
                .doesNotHaveDuplicates();
    }

    @Test
    void aParallelStepWithNoOrganizationToActIsRefusedInWordsAndTheRunStaysWhereItWas() {
        // Hainan (460000): no test sets up divisions there
        Region haikou = regions.require("460105");
        Actor government = Runs.actor(Role.COUNTY_GOVERNMENT, haikou, 11);
        Actor league = Runs.actor(Role.PREFECTURE_STAFF, regions.require("460100"), 12);
        RunView run = procedures.start(Runs.subject(haikou), Runs.chain(), government);
        RunView submitted = procedures.act(act(run, null), government);

        assertThatThrownBy(() -> procedures.act(act(submitted, "同意上报"), league))
                .isInstanceOf(ProcedureFacts.NoOrganizationToAct.class)
                .satisfies(e -> assertThat(((ProcedureFacts.NoOrganizationToAct) e).args())
                        .containsExactly("DIVISION", "460000"));
        assertThat(procedures.view(run.id(), league).currentStepCode()).isEqualTo("EXAMINE");
    }

    private RunView atDivisionCheck(ProcedureDefinition definition) {
        RunView run = procedures.start(Runs.subject(county), definition, countyGovernment);
        run = procedures.act(act(run, null), countyGovernment);
        run = procedures.act(act(run, "同意上报"), leagueStaff);
        assertThat(run.currentStepCode()).isEqualTo("DIVISION_CHECK");
        return run;
    }

    private static Act act(RunView run, String opinion) {
        return new Act(run.id(), run.version(), null, null, opinion, List.of(), List.of());
    }

    private static List<TaskView> open(RunView run) {
        return run.tasks().stream()
                .filter(t -> t.stepCode().equals("DIVISION_CHECK") && t.state().equals("OPEN"))
                .toList();
    }
}
