package cn.ecozone.dossier.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.internal.RegulationCatalog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AutomaticChecksTest {

    private final List<Regulation> shipped;

    AutomaticChecksTest() throws java.io.IOException {
        shipped = new RegulationCatalog().all();
    }

    @Test
    void theShippedRegulationsMarkOnlyConditionsThePlatformChecks() {
        assertThatCode(() -> AutomaticChecks.requireChecked(shipped)).doesNotThrowAnyException();
    }

    @Test
    void anAutomaticConditionWithoutACheckStopsTheStartNamingIt() {
        Regulation im = shipped.stream()
                .filter(r -> r.code().equals("IM-ECOCIV-2022"))
                .findFirst()
                .orElseThrow();
        ApplicationRules a = im.application();
        ApplicationRules unchecked = new ApplicationRules(
                a.window(),
                a.chains(),
                a.materials(),
                a.eligibility(),
                a.exclusions(),
                a.review(),
                a.publicity(),
                Set.of("PLAN_VALID", "INDICATORS_MET"));
        Regulation changed = new Regulation(
                im.code(),
                im.version(),
                im.status(),
                im.programme(),
                im.jurisdiction(),
                im.titleZh(),
                im.issuerZh(),
                im.documentZh(),
                im.inForce(),
                im.inForceCitation(),
                im.source(),
                im.who(),
                im.plan(),
                unchecked,
                im.title(),
                im.typicalCases(),
                im.indicators());

        assertThatThrownBy(() -> AutomaticChecks.requireChecked(List.of(changed)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("INDICATORS_MET")
                .hasMessageContaining("IM-ECOCIV-2022");
    }
}
