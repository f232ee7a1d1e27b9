package cn.ecozone.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.calendar.Counting;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.internal.RegulationCatalog;
import cn.ecozone.shared.ApiException;
import org.junit.jupiter.api.Test;

/** What later modules ask the façade: the pinned version, a plan path, a step's deadline. */
class RegulationManagementTest {

    private final RegulationManagement regulations;

    RegulationManagementTest() throws Exception {
        regulations = new RegulationManagement(new RegulationCatalog());
    }

    @Test
    void givesTheFilingDeadlineOfACountyPlanUnderThePinnedVersion() {
        Step.Deadline deadline = regulations
                .deadline("IM-ECOCIV-2022", 1, RegionLevel.COUNTY, "FILE")
                .orElseThrow();
        assertThat(deadline.workingDays()).isEqualTo(15);
        assertThat(deadline.counting()).isEqualTo(Counting.NEXT_DAY);
        assertThat(regulations.deadline("IM-ECOCIV-2022", 1, RegionLevel.COUNTY, "EXAMINE"))
                .isEmpty();
        assertThat(regulations.planPath("IM-ECOCIV-2022", 9, RegionLevel.COUNTY))
                .isEmpty();
    }

    @Test
    void findsTheRegulationInForceForAProgrammeAndJurisdiction() {
        assertThat(regulations.inForce(Programme.TWO_MOUNTAINS_BASE, "520000"))
                .map(Regulation::code)
                .contains("GZ-TWOMTN-2021");
        assertThat(regulations.inForce(Programme.TWO_MOUNTAINS_AREA, "152500")).isEmpty();
        assertThat(regulations.find("XL-TWOMTN", 1)).isPresent();
        assertThat(regulations.applicationChain("IM-TWOMTN-2022", 1, RegionLevel.COUNTY))
                .map(c -> c.steps().get(1).code())
                .contains("INITIAL_SELECTION");
    }

    @Test
    void hidesDraftsFromThePublic() {
        assertThat(regulations.list(false)).extracting(RegulationSummary::code).doesNotContain("XL-TWOMTN");
        assertThat(regulations.list(true)).extracting(RegulationSummary::code).contains("XL-TWOMTN");
        assertThatThrownBy(() -> regulations.latest("XL-TWOMTN", false))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.messageKey()).isEqualTo("error.regulation.not-found"));
    }
}
