package cn.ecozone.grading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * 年度评估 applies only where the regulation in force for the user's region has a grading cycle (data:
 * {@code review.grading}, Xilingol's 001 art. 10): an Xilingol banner is told it applies and reads the year's
 * list; a Guizhou county and another Inner Mongolia county are told it does not and get 404 on the year's
 * list. Read-only: nothing is created.
 */
@ApiTest
class GradingApplicabilityIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Test
    void anXilingolBannerIsGradedAndAGuizhouCountyIsNot() {
        int year = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING)).getYear() - 1;
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);

        Browser banner = steps.as(Role.COUNTY_GOVERNMENT, "152502");
        JsonNode applies = DossierTestSteps.ok(banner.get("/api/annual-evaluations/applicability"));
        assertThat(applies.get("applies").asBoolean()).isTrue();
        assertThat(applies.get("regulationCode").asString()).isEqualTo("XL-TWOMTN");
        assertThat(banner.get("/api/annual-evaluations?year=" + year).status()).isEqualTo(200);

        for (String county : new String[] {"520111", "150223"}) {
            Browser other = steps.as(Role.COUNTY_GOVERNMENT, county);
            JsonNode not = DossierTestSteps.ok(other.get("/api/annual-evaluations/applicability"));
            assertThat(not.get("applies").asBoolean()).as(county).isFalse();
            assertThat(not.get("regulationCode").isNull()).as(county).isTrue();
            assertThat(other.get("/api/annual-evaluations?year=" + year).status())
                    .as(county)
                    .isEqualTo(404);
        }
    }
}
