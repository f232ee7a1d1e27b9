package cn.ecozone.procedure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.procedure.ProcedureFacts.RequirementUnmet;
import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import cn.ecozone.regulation.StepKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequirementsTest {

    private static final StepRequirement.Context ACT =
            new StepRequirement.Context(1, "DOSSIER", 7, "EXPERT_SCORING", StepKind.PANEL, "PASS", 1);

    private static StepRequirement answering(Requirement r, boolean met) {
        return new StepRequirement() {
            @Override
            public Requirement requirement() {
                return r;
            }

            @Override
            public Optional<Unmet> check(Context context) {
                return met ? Optional.empty() : Optional.of(Unmet.of(r, "review.panel.not-closed", context.stepCode()));
            }
        };
    }

    @Test
    void aRequirementNoModuleAnswersForIsUnmetNeverPassed() {
        Requirements requirements = new Requirements(List.of());

        assertThat(requirements.unmet(ACT, List.of(Requirement.PANEL_CLOSED)))
                .extracting(StepRequirement.Unmet::messageKey)
                .containsExactly("procedure.requirement.unanswered");
        assertThat(requirements.unanswered()).contains(Requirement.PANEL_CLOSED);
    }

    @Test
    void anUnmetAnswerRefusesTheActWithTheModulesWords() {
        Requirements requirements = new Requirements(List.of(
                answering(Requirement.PANEL_CLOSED, false), answering(Requirement.NO_BLOCKING_COMPLAINT, true)));

        assertThatThrownBy(() ->
                        requirements.require(ACT, List.of(Requirement.NO_BLOCKING_COMPLAINT, Requirement.PANEL_CLOSED)))
                .isInstanceOfSatisfying(RequirementUnmet.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("review.panel.not-closed");
                    assertThat(e.args()).containsExactly("EXPERT_SCORING");
                    assertThat(e.unmet().requirement()).isEqualTo(Requirement.PANEL_CLOSED);
                });
    }

    @Test
    void metAnswersLetTheActThrough() {
        Requirements requirements = new Requirements(List.of(answering(Requirement.PANEL_CLOSED, true)));

        requirements.require(ACT, List.of(Requirement.PANEL_CLOSED));

        assertThat(requirements.unmet(ACT, List.of(Requirement.PANEL_CLOSED))).isEmpty();
    }

    @Test
    void twoAnswersForOneRequirementStopTheStart() {
        assertThatThrownBy(() -> new Requirements(
                        List.of(answering(Requirement.PANEL_CLOSED, true), answering(Requirement.PANEL_CLOSED, false))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PANEL_CLOSED");
    }

    @Test
    void manyRunsAskEachModuleOnceAndKeepOnlyTheUnmetPerRun() {
        List<Integer> batches = new ArrayList<>();
        StepRequirement panel = new StepRequirement() {
            @Override
            public Requirement requirement() {
                return Requirement.PANEL_CLOSED;
            }

            @Override
            public Optional<Unmet> check(Context context) {
                throw new AssertionError("asked one by one");
            }

            @Override
            public Map<Long, Unmet> checkAll(Collection<Context> contexts) {
                batches.add(contexts.size());
                return Map.of(2L, Unmet.of(Requirement.PANEL_CLOSED, "review.panel.not-closed", "EXPERT_SCORING"));
            }
        };
        Requirements requirements = new Requirements(List.of(panel));
        List<StepRequirement.Context> runs = List.of(
                new StepRequirement.Context(1, "DOSSIER", 7, "EXPERT_SCORING", StepKind.PANEL, null, 3),
                new StepRequirement.Context(2, "DOSSIER", 8, "EXPERT_SCORING", StepKind.PANEL, null, 3),
                new StepRequirement.Context(3, "DOSSIER", 9, "DIVISION_CHECK", StepKind.DECIDE, null, 2));

        Map<Long, List<StepRequirement.Unmet>> unmet = requirements.unmetAll(
                runs,
                Map.of(
                        1L, List.of(Requirement.PANEL_CLOSED),
                        2L, List.of(Requirement.PANEL_CLOSED),
                        3L, List.of(Requirement.OPINION_ISSUED)));

        assertThat(batches).containsExactly(2);
        assertThat(unmet).containsOnlyKeys(2L, 3L);
        assertThat(unmet.get(2L))
                .extracting(StepRequirement.Unmet::messageKey)
                .containsExactly("review.panel.not-closed");
        assertThat(unmet.get(3L))
                .extracting(StepRequirement.Unmet::messageKey)
                .containsExactly("procedure.requirement.unanswered");
    }
}
