package cn.ecozone.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.calendar.Counting;
import cn.ecozone.procedure.ProcedureCommand.Act;
import cn.ecozone.procedure.ProcedureCommand.Return;
import cn.ecozone.procedure.ProcedureFacts.RunNotFound;
import cn.ecozone.procedure.RunView.EntryView;
import cn.ecozone.procedure.StepDefinition.ActorRule;
import cn.ecozone.procedure.StepDefinition.Period;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Step.ReturnTo;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What plans need of the engine (issue 9): a failed review sent back to the subject as a return with
 * the opinion, a filing period counted from the promulgation date the subject enters (IM eco-civ art.
 * 6), and the subject module's own entries on the run's one timeline. Runs sit in Ningxia (640104).
 */
@ApiTest
class ProcedurePlanSupportIT {

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    RegionManagement regions;

    Region county;
    Actor subject;
    Actor province;

    @BeforeEach
    void actors() {
        county = regions.require("640104");
        subject = Runs.actor(Role.COUNTY_GOVERNMENT, county, 1);
        province = Runs.actor(Role.PROVINCE_STAFF, regions.require("640000"), 3);
    }

    /** SUBMIT → REVIEW (panel, back to the subject) → PROMULGATE → FILE (15 working days after it). */
    static ProcedureDefinition planPath() {
        ActorRule subjectRule = ActorRule.of(Role.COUNTY_GOVERNMENT, ActorLevel.SUBJECT);
        return new ProcedureDefinition(
                "TEST/plan/COUNTY",
                1,
                List.of(
                        step("SUBMIT", StepKind.SUBMIT, subjectRule, null, ReturnTo.PREVIOUS),
                        step(
                                "REVIEW",
                                StepKind.PANEL,
                                ActorRule.of(Role.PROVINCE_STAFF, ActorLevel.PROVINCE),
                                null,
                                ReturnTo.INITIATOR),
                        step("PROMULGATE", StepKind.PROMULGATE, subjectRule, null, ReturnTo.PREVIOUS),
                        step(
                                "FILE",
                                StepKind.FILE,
                                subjectRule,
                                new Period(15, Counting.NEXT_DAY, "PROMULGATE"),
                                ReturnTo.PREVIOUS)));
    }

    @Test
    void aFailedReviewSentAsAReturnGoesBackToTheSubjectWithTheOpinion() {
        RunView run = procedures.start(Runs.subject(county), planPath(), subject);
        run = procedures.act(act(run, null, null), subject);
        assertThat(run.currentStepCode()).isEqualTo("REVIEW");

        // the plan module decides that FAIL means back to the subject: a return with the panel's opinion
        run = procedures.act(new Return(run.id(), run.version(), "目标测算依据不足，不予通过"), province);

        assertThat(run.currentStepCode()).isEqualTo("SUBMIT");
        EntryView last = run.timeline().getLast();
        assertThat(last.stepCode()).isEqualTo("REVIEW");
        assertThat(last.action()).isEqualTo("RETURN");
        assertThat(last.opinion()).isEqualTo("目标测算依据不足，不予通过");
        assertThat(procedures.view(run.id(), subject).allowedActions())
                .extracting(RunView.AllowedAction::action, RunView.AllowedAction::stepCode)
                .contains(org.assertj.core.groups.Tuple.tuple("ACT", "SUBMIT"));
    }

    @Test
    void theFilingPeriodCountsFromThePromulgationDateTheSubjectEnteredNotFromTheDayItWasRecorded() {
        RunView run = atPromulgation();
        // promulgated on the Mid-Autumn holiday; 15 working days from the next day skip 国庆 and count Sat 10/10
        run = procedures.act(act(run, null, null), LocalDate.parse("2026-09-25"), subject);

        assertThat(run.currentStepCode()).isEqualTo("FILE");
        assertThat(run.deadline().due()).isEqualTo(LocalDate.parse("2026-10-22"));
        assertThat(String.join(" ", run.deadline().explanation())).contains("10-10");
    }

    @Test
    void withoutADateTheFilingPeriodCountsFromThePromulgationAct() {
        RunView run = atPromulgation();
        run = procedures.act(act(run, null, null), subject);

        assertThat(run.deadline().due()).isAfter(LocalDate.now(cn.ecozone.deadline.DeadlineManagement.ZONE));
    }

    @Test
    void theSubjectsOwnEntriesGoOnTheOneTimelineWithoutMovingTheRunEvenOnceItHasEnded() {
        RunView run = procedures.start(Runs.subject(county), planPath(), subject);
        procedures.record(run.id(), "ATTACHED", "规划.pdf", List.of(41L), subject);
        RunView after = procedures.view(run.id(), subject);

        assertThat(after.version()).isEqualTo(run.version());
        assertThat(after.currentStepCode()).isEqualTo("SUBMIT");
        EntryView attached = after.timeline().getLast();
        assertThat(attached.action()).isEqualTo("ATTACHED");
        assertThat(attached.stepCode()).isEqualTo("SUBMIT");
        assertThat(attached.opinion()).isEqualTo("规划.pdf");
        assertThat(attached.documentIds()).containsExactly(41L);
        assertThat(attached.actorName()).isEqualTo(subject.displayName());

        run = procedures.act(new ProcedureCommand.Cancel(run.id(), run.version(), "不再编制"), subject);
        assertThat(run.state()).isEqualTo("CANCELLED");
        procedures.record(run.id(), "EXPIRED", "规划期已届满", List.of(), null);
        EntryView expired = procedures.view(run.id(), subject).timeline().getLast();
        assertThat(expired.action()).isEqualTo("EXPIRED");
        assertThat(expired.actorName()).isEqualTo("system");

        Actor outsider = Runs.actor(Role.COUNTY_GOVERNMENT, regions.require("150000"), 9);
        long id = run.id();
        assertThatThrownBy(() -> procedures.record(id, "ATTACHED", null, List.of(), outsider))
                .isInstanceOf(RunNotFound.class);
        assertThatThrownBy(() -> procedures.record(id, "RETURN", "冒充退回", List.of(), subject))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHistoryOfASubjectHoldsEveryRunEarliestFirst() {
        ProcedureSubject record = Runs.subject(county);
        RunView first = procedures.start(record, planPath(), subject);
        procedures.act(new ProcedureCommand.Cancel(first.id(), first.version(), null), subject);
        RunView second = procedures.start(record, planPath(), subject);

        assertThat(procedures.history(record.type(), record.id(), subject))
                .extracting(RunView::id)
                .containsExactly(first.id(), second.id());
    }

    @Test
    void aRecordCarriedOntoTheEngineWaitsAtItsStepWithItsOldTimelineAndItsPeriodFromTheDayGiven() {
        var old = new CarriedRun.PastEntry(
                "PROMULGATE",
                "ACT",
                null,
                "已颁布",
                "旧用户",
                "COUNTY_GOVERNMENT",
                null,
                Instant.parse("2026-09-25T02:00:00Z"),
                List.of(7L));
        long id = procedures.carryOver(
                Runs.subject(county),
                planPath(),
                new CarriedRun(
                        3,
                        false,
                        0,
                        Instant.parse("2026-01-05T02:00:00Z"),
                        LocalDate.parse("2026-09-25"),
                        List.of(old)));

        RunView run = procedures.view(id, subject);
        assertThat(run.state()).isEqualTo("OPEN");
        assertThat(run.currentStepCode()).isEqualTo("FILE");
        assertThat(run.deadline().due()).isEqualTo(LocalDate.parse("2026-10-22"));
        assertThat(run.timeline()).singleElement().satisfies(e -> {
            assertThat(e.stepCode()).isEqualTo("PROMULGATE");
            assertThat(e.opinion()).isEqualTo("已颁布");
            assertThat(e.documentIds()).containsExactly(7L);
        });
        assertThat(run.allowedActions())
                .extracting(RunView.AllowedAction::action)
                .contains("ACT");

        long done = procedures.carryOver(
                Runs.subject(county), planPath(), new CarriedRun(3, true, 0, Instant.now(), null, List.of(old)));
        assertThat(procedures.view(done, subject).state()).isEqualTo("FINISHED");
        assertThat(procedures.view(done, subject).allowedActions()).isEmpty();
    }

    private RunView atPromulgation() {
        RunView run = procedures.start(Runs.subject(county), planPath(), subject);
        run = procedures.act(act(run, null, null), subject);
        run = procedures.act(act(run, "PASS", "通过"), province);
        assertThat(run.currentStepCode()).isEqualTo("PROMULGATE");
        return run;
    }

    private static Act act(RunView run, String outcome, String opinion) {
        return new Act(run.id(), run.version(), null, outcome, opinion, List.of(), List.of());
    }

    private static StepDefinition step(String code, StepKind kind, ActorRule actor, Period period, ReturnTo back) {
        return new StepDefinition(
                code, code + "环节", kind, actor, period, back, "第六条", ProcedureDefinitions.outcomes(kind));
    }
}
