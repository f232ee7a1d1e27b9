package cn.ecozone.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.identity.Organization;
import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.identity.OrganizationManagement;
import cn.ecozone.procedure.ProcedureCommand.Act;
import cn.ecozone.procedure.ProcedureCommand.Return;
import cn.ecozone.procedure.ProcedureCommand.Withdraw;
import cn.ecozone.procedure.ProcedureFacts.NothingToWithdraw;
import cn.ecozone.procedure.ProcedureFacts.ReturnNeedsReason;
import cn.ecozone.procedure.ProcedureFacts.StaleVersion;
import cn.ecozone.procedure.ProcedureFacts.StepAlreadyTaken;
import cn.ecozone.procedure.RunView.AllowedAction;
import cn.ecozone.procedure.RunView.EntryView;
import cn.ecozone.procedure.RunView.TaskView;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.DomainFact;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Together;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine through its façade, on the test database: parallel examination by the province's
 * divisions, return, withdraw, two actors at once, stale versions and the deadline of a step. The
 * runs sit in Ningxia (640000), where no other test creates divisions.
 */
@ApiTest
class ProcedureEngineIT {

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

    Region county;
    Region league;
    Region province;
    Actor countyGovernment;
    Actor leagueStaff;
    Actor provinceStaff;

    @BeforeEach
    void actors() {
        county = regions.require("640104");
        league = regions.require("640100");
        province = regions.require("640000");
        countyGovernment = Runs.actor(Role.COUNTY_GOVERNMENT, county, 1);
        leagueStaff = Runs.actor(Role.PREFECTURE_STAFF, league, 2);
        provinceStaff = Runs.actor(Role.PROVINCE_STAFF, province, 3);
        while (divisions().size() < 3) {
            fixtures.organization(OrganizationKind.DIVISION, "640000");
        }
    }

    @Test
    void eachStepOfTheViewNamesTheRolesActingOnItSoThatAConfirmationCanSayWhoIsToldNext() {
        RunView run = started();

        assertThat(run.steps())
                .extracting(RunView.StepView::code, RunView.StepView::actorRoles)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SUBMIT", List.of("COUNTY_GOVERNMENT")),
                        org.assertj.core.groups.Tuple.tuple("EXAMINE", List.of("PREFECTURE_STAFF")),
                        org.assertj.core.groups.Tuple.tuple("DIVISION_CHECK", List.of("DIVISION_REVIEWER")),
                        org.assertj.core.groups.Tuple.tuple("DECIDE", List.of("PROVINCE_STAFF")));
    }

    @Test
    void theParallelExaminationJoinsOnlyWhenEveryDivisionHasActed() {
        RunView run = atDivisionCheck();
        List<Actor> divisions = divisionActors();
        assertThat(divisions).hasSizeGreaterThanOrEqualTo(3);
        assertThat(open(run, "DIVISION_CHECK")).hasSize(divisions.size());

        for (Actor division : divisions.subList(0, divisions.size() - 1)) {
            run = procedures.act(act(run, "符合条件"), division);
            assertThat(run.currentStepCode()).isEqualTo("DIVISION_CHECK");
        }
        run = procedures.act(act(run, "符合条件"), divisions.getLast());

        assertThat(run.currentStepCode()).isEqualTo("DECIDE");
        assertThat(run.tasks())
                .filteredOn(t -> t.stepCode().equals("DIVISION_CHECK"))
                .extracting(TaskView::state)
                .containsOnly("DONE");
        assertThat(run.timeline())
                .filteredOn(e -> e.stepCode().equals("DIVISION_CHECK"))
                .hasSize(divisions.size());
        assertThat(procedures.view(run.id(), provinceStaff).allowedActions())
                .extracting(AllowedAction::action)
                .contains("ACT", "RETURN");
    }

    @Test
    void oneDivisionReturningSendsTheRunBackWithItsReasonAndClosesTheOtherTasks() {
        RunView run = atDivisionCheck();
        List<Actor> divisions = divisionActors();
        run = procedures.act(act(run, "符合条件"), divisions.getFirst());
        Actor returning = divisions.get(1);

        RunView before = run;
        assertThatThrownBy(() -> procedures.act(new Return(before.id(), before.version(), "  "), returning))
                .isInstanceOf(ReturnNeedsReason.class);
        assertThat(procedures.view(run.id(), provinceStaff).version()).isEqualTo(before.version());

        run = procedures.act(new Return(run.id(), run.version(), "生态环境质量数据不全"), returning);

        assertThat(run.currentStepCode()).isEqualTo("EXAMINE");
        assertThat(run.tasks())
                .filteredOn(t -> t.stepCode().equals("DIVISION_CHECK"))
                .extracting(TaskView::state)
                .containsOnly("DONE", "RETURNED", "SUPERSEDED")
                .containsOnlyOnce("RETURNED")
                .doesNotContain("OPEN");
        EntryView last = run.timeline().getLast();
        assertThat(last.action()).isEqualTo("RETURN");
        assertThat(last.opinion()).isEqualTo("生态环境质量数据不全");
        assertThat(procedures.view(run.id(), leagueStaff).allowedActions())
                .extracting(AllowedAction::action)
                .contains("ACT");
    }

    @Test
    void theSubmitterMayWithdrawUntilTheLeagueActsAndThenGets409() {
        RunView run = started();
        run = procedures.act(act(run, null), countyGovernment);
        assertThat(procedures.view(run.id(), countyGovernment).allowedActions())
                .extracting(AllowedAction::action)
                .contains("WITHDRAW");

        run = procedures.act(new Withdraw(run.id(), run.version()), countyGovernment);
        assertThat(run.currentStepCode()).isEqualTo("SUBMIT");

        run = procedures.act(act(run, null), countyGovernment);
        run = procedures.act(act(run, "同意上报"), leagueStaff);
        RunView acted = run;
        assertThatThrownBy(() -> procedures.act(new Withdraw(acted.id(), acted.version()), countyGovernment))
                .isInstanceOfSatisfying(
                        NothingToWithdraw.class, f -> assertThat(f.category()).isEqualTo(DomainFact.Category.CONFLICT));
        assertThat(procedures.view(run.id(), countyGovernment).version()).isEqualTo(acted.version());
    }

    @Test
    void ofTwoActorsOnOneTaskAtOnceExactlyOneWinsAndTheOtherGetsAConflict() throws Exception {
        RunView run = procedures.act(act(started(), null), countyGovernment);
        Actor colleague = Runs.actor(Role.PREFECTURE_STAFF, league, 4);
        long task = open(run, "EXAMINE").getFirst().id();
        // both name the task, as the procedure panel does (allowedActions carries its id)
        Act command = new Act(run.id(), run.version(), task, null, "同意上报", List.of(), List.of());

        var results = Together.run(attempt(command, leagueStaff), attempt(command, colleague));

        List<Object> outcomes = List.of(results.first(), results.second());
        assertThat(outcomes).filteredOn(RunView.class::isInstance).hasSize(1);
        assertThat(outcomes)
                .filteredOn(DomainFact.class::isInstance)
                .singleElement()
                .isInstanceOf(StepAlreadyTaken.class)
                .extracting(f -> ((DomainFact) f).category())
                .isEqualTo(DomainFact.Category.CONFLICT);
        RunView after = procedures.view(run.id(), provinceStaff);
        assertThat(after.timeline())
                .filteredOn(e -> e.stepCode().equals("EXAMINE"))
                .hasSize(1);
        assertThat(after.currentStepCode()).isEqualTo("DIVISION_CHECK");
    }

    @Test
    void aStaleVersionIsA409AndChangesNothing() {
        RunView run = procedures.act(act(started(), null), countyGovernment);
        Act stale = new Act(run.id(), run.version() - 1, null, null, "同意", List.of(), List.of());

        assertThatThrownBy(() -> procedures.act(stale, leagueStaff)).isInstanceOf(StaleVersion.class);

        RunView after = procedures.view(run.id(), leagueStaff);
        assertThat(after.version()).isEqualTo(run.version());
        assertThat(after.currentStepCode()).isEqualTo("EXAMINE");
        assertThat(after.timeline()).hasSize(run.timeline().size());
    }

    @Test
    void aStepWithAPeriodRegistersItsDeadlineWhenItOpensAndClosesItWhenItEnds() {
        RunView run = started();
        assertThat(run.deadline()).isNull();
        run = procedures.act(act(run, null), countyGovernment);

        assertThat(run.deadline()).isNotNull();
        assertThat(run.deadline().due()).isAfter(java.time.LocalDate.now(cn.ecozone.deadline.DeadlineManagement.ZONE));
        assertThat(run.deadline().overdue()).isFalse();
        assertThat(run.deadline().explanation()).isNotEmpty();
        long subjectId = subjectOf(run);
        assertThat(openDeadlines(subjectId)).isEqualTo(1);

        procedures.act(act(run, "同意上报"), leagueStaff);

        assertThat(openDeadlines(subjectId)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from deadline where subject_type = 'TEST' and subject_id = ?"
                                + " and kind = 'STEP_EXAMINE' and closed_at is not null",
                        Integer.class,
                        subjectId))
                .isEqualTo(1);
    }

    private RunView started() {
        return procedures.start(Runs.subject(county), Runs.chain(), countyGovernment);
    }

    private RunView atDivisionCheck() {
        RunView run = procedures.act(act(started(), null), countyGovernment);
        run = procedures.act(act(run, "同意上报"), leagueStaff);
        assertThat(run.currentStepCode()).isEqualTo("DIVISION_CHECK");
        return run;
    }

    private static Act act(RunView run, String opinion) {
        return new Act(run.id(), run.version(), null, null, opinion, List.of(), List.of());
    }

    private Callable<Object> attempt(Act command, Actor actor) {
        return () -> {
            try {
                return procedures.act(command, actor);
            } catch (DomainFact refused) {
                return refused;
            }
        };
    }

    private List<Organization> divisions() {
        return organizations.ofKind(OrganizationKind.DIVISION, "640000");
    }

    private List<Actor> divisionActors() {
        List<Actor> actors = new ArrayList<>();
        for (Organization o : divisions()) {
            actors.add(Runs.actor(Role.DIVISION_REVIEWER, province, o.id()));
        }
        return actors;
    }

    private static List<TaskView> open(RunView run, String step) {
        return run.tasks().stream()
                .filter(t -> t.stepCode().equals(step) && t.state().equals("OPEN"))
                .toList();
    }

    private long subjectOf(RunView run) {
        return jdbc.queryForObject("select subject_id from procedure_run where id = ?", Long.class, run.id());
    }

    private int openDeadlines(long subjectId) {
        return jdbc.queryForObject(
                "select count(*) from deadline where subject_type = 'TEST' and subject_id = ? and open_marker = 1",
                Integer.class,
                subjectId);
    }
}
