package cn.ecozone.procedure.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.Requirement;
import cn.ecozone.regulation.internal.RegulationCatalog;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementsCoveredTest {

    private final List<Regulation> shipped;

    RequirementsCoveredTest() throws java.io.IOException {
        shipped = new RegulationCatalog().all();
    }

    @Test
    void aStepRequiringWhatNoModuleAnswersForStopsTheStartNamingTheStep() {
        assertThatThrownBy(() -> RequirementsCovered.requireAnswered(shipped, EnumSet.of(Requirement.PANEL_CLOSED)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PANEL_CLOSED")
                .hasMessageContaining(", step ");
    }

    @Test
    void withEveryRequirementAnsweredTheShippedRegulationsStart() {
        assertThatCode(() -> RequirementsCovered.requireAnswered(shipped, EnumSet.noneOf(Requirement.class)))
                .doesNotThrowAnyException();
    }
}
