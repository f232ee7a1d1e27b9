package cn.ecozone.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.regulation.internal.RegulationCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one rule that decides which regulation applies (issue 9 §2), with the shipped files plus a draft
 * v4 of the Inner Mongolia eco-civilization rules: a draft never displaces the published version.
 */
class ApplicableRegulationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    private static final String XILINHOT = "/150000/152500/152502/";

    private final RegulationManagement regulations;

    ApplicableRegulationTest() throws Exception {
        RegulationCatalog shipped = new RegulationCatalog();
        Regulation v1 = shipped.all().stream()
                .filter(r -> r.code().equals("IM-ECOCIV-2022") && r.version() == 3)
                .findFirst()
                .orElseThrow();
        Regulation draftV2 = new Regulation(
                v1.code(),
                4,
                RegulationStatus.DRAFT,
                v1.programme(),
                v1.jurisdiction(),
                v1.titleZh() + "（修订征求意见稿）",
                v1.issuerZh(),
                v1.documentZh(),
                null,
                v1.inForceCitation(),
                v1.source(),
                v1.who(),
                v1.plan(),
                v1.application(),
                v1.title(),
                v1.typicalCases(),
                v1.indicators());
        List<Regulation> all = new ArrayList<>(shipped.all());
        all.add(draftV2);
        regulations = new RegulationManagement(new RegulationCatalog() {
            @Override
            public List<Regulation> all() {
                return all;
            }
        });
    }

    @Test
    void aDraftV4NeverDisplacesThePublishedV3() {
        assertThat(regulations.applicable(Programme.ECO_CIVILIZATION_ZONE, XILINHOT, TODAY))
                .map(r -> r.code() + " v" + r.version())
                .contains("IM-ECOCIV-2022 v3");
    }

    @Test
    void theListShowsThePublishedVersionsBesideTheDraftV4() {
        assertThat(regulations.versions(true))
                .filteredOn(s -> s.code().equals("IM-ECOCIV-2022"))
                .extracting(s -> s.version() + " " + s.status())
                .containsExactly("1 PUBLISHED", "2 PUBLISHED", "3 PUBLISHED", "4 DRAFT");
        assertThat(regulations.versions(false))
                .filteredOn(s -> s.code().equals("IM-ECOCIV-2022"))
                .extracting(RegulationSummary::version)
                .containsExactly(1, 2, 3);
    }

    @Test
    void aVersionNotYetInForceDoesNotApply() {
        assertThat(regulations.applicable(Programme.ECO_CIVILIZATION_ZONE, XILINHOT, LocalDate.of(2022, 7, 10)))
                .isEmpty();
        assertThat(regulations.applicable(Programme.ECO_CIVILIZATION_ZONE, XILINHOT, LocalDate.of(2022, 7, 11)))
                .isPresent();
    }

    @Test
    void theInnermostJurisdictionDecidesAndAJurisdictionWithOnlyADraftUsesIt() {
        // Xilingol's practice-area rules exist only as a 送审稿: it is the rule that applies there
        assertThat(regulations.applicable(Programme.TWO_MOUNTAINS_AREA, XILINHOT, TODAY))
                .map(Regulation::code)
                .contains("XL-TWOMTN");
        assertThat(regulations.applicable(Programme.TWO_MOUNTAINS_BASE, "/520000/520300/520302/", TODAY))
                .map(Regulation::code)
                .contains("GZ-TWOMTN-2021");
        assertThat(regulations.applicable(Programme.TWO_MOUNTAINS_AREA, "/520000/520300/520302/", TODAY))
                .isEmpty();
    }
}
