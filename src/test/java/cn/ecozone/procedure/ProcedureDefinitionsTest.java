package cn.ecozone.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.calendar.Counting;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.Step;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.regulation.internal.RegulationCatalog;
import cn.ecozone.shared.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regulation paths become definitions: who acts, periods with their from_step, outcomes. */
class ProcedureDefinitionsTest {

    private final List<Regulation> shipped;

    ProcedureDefinitionsTest() throws Exception {
        shipped = new RegulationCatalog().all();
    }

    private Regulation regulation(String code) {
        return shipped.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private static ProcedureDefinition planPath(Regulation r, RegionLevel level) {
        return ProcedureDefinitions.of("P", 1, r.planPath(level).orElseThrow().steps(), level);
    }

    @Test
    void theCountyPlanPathLeavesOutTheDraftAndKeepsTheFilingPeriodFromPromulgation() {
        ProcedureDefinition d = planPath(regulation("IM-ECOCIV-2022"), RegionLevel.COUNTY);
        assertThat(d.steps())
                .extracting(StepDefinition::code)
                .containsExactly(
                        "SUBMIT", "EXAMINE", "EXPERT_REVIEW", "REVISE", "PROMULGATE", "FILE", "RECEIVE_FILING");
        StepDefinition file = d.steps().get(d.indexOf("FILE"));
        assertThat(file.period()).isEqualTo(new StepDefinition.Period(15, Counting.NEXT_DAY, "PROMULGATE"));
        assertThat(file.actor()).isEqualTo(StepDefinition.ActorRule.of(Role.COUNTY_GOVERNMENT, ActorLevel.SUBJECT));
        StepDefinition examine = d.steps().get(d.indexOf("EXAMINE"));
        assertThat(examine.actor())
                .isEqualTo(StepDefinition.ActorRule.of(Role.PREFECTURE_STAFF, ActorLevel.PREFECTURE));
        assertThat(examine.returnTo()).isEqualTo(Step.ReturnTo.INITIATOR);
        assertThat(d.steps().get(d.indexOf("EXPERT_REVIEW")).outcomes()).containsExactly("PASS", "REVISE", "FAIL");
        assertThat(d.steps().get(d.indexOf("RECEIVE_FILING")).actor().role()).isEqualTo(Role.PROVINCE_STAFF);
    }

    @Test
    void theCountyApplicationChainExaminesByTheDepartmentsDivisionsInParallel() {
        Regulation r = regulation("IM-ECOCIV-2022");
        ProcedureDefinition d = ProcedureDefinitions.of(
                "A", 1, r.applicationChain(RegionLevel.COUNTY).orElseThrow().steps(), RegionLevel.COUNTY);
        StepDefinition divisions = d.steps().get(d.indexOf("DIVISION_CHECK"));
        assertThat(divisions.kind()).isEqualTo(StepKind.PARALLEL_EXAMINE);
        assertThat(divisions.actor())
                .isEqualTo(
                        new StepDefinition.ActorRule(Role.DIVISION_REVIEWER, ActorLevel.PROVINCE, "DIVISION", false));
        assertThat(divisions.returnTo()).isEqualTo(Step.ReturnTo.PREVIOUS);
    }

    @Test
    void aStepOfAnOrganizationKindTheIdentityModuleDoesNotKnowCannotBeRun() {
        Step bad = new Step(
                "CHECK",
                StepKind.PARALLEL_EXAMINE,
                Body.PROVINCE_DIVISION,
                null,
                "处室审核",
                null,
                null,
                Step.ReturnTo.PREVIOUS,
                "BUREAUX",
                false);
        Step submit = new Step(
                "APPLY", StepKind.SUBMIT, Body.SUBJECT, null, "申请", null, null, Step.ReturnTo.PREVIOUS, null, false);
        assertThatThrownBy(() -> ProcedureDefinitions.of("X", 1, List.of(submit, bad), RegionLevel.COUNTY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BUREAUX");
    }
}
