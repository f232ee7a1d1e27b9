package cn.ecozone.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.plan.PlanPathIT;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The subject's plan in force stands for the dossier's plan material (IM eco-civ art. 10(一); Guizhou art. 12). */
@ApiTest
class DossierPlanLinkIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Test
    void aPromulgatedImplementationPlanInItsPeriodIsLinkedAsTheDossiersPlanMaterial() {
        int year = LocalDate.now(DossierTestSteps.BEIJING).getYear();
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        JsonNode candidacy = steps.candidacy("520000", "520521", "TWO_MOUNTAINS_BASE");
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, "520521");
        JsonNode[] plan = new JsonNode[1];
        JsonNode d = DossierTestSteps.on(clock, LocalDate.of(year, 3, 15), () -> {
            JsonNode draft = DossierTestSteps.created(county, candidacy, null);
            assertThat(DossierTestSteps.material(draft, "IMPLEMENTATION_PLAN")
                            .get("status")
                            .asString())
                    .isEqualTo("RED");
            Response created = county.post(
                    "/api/plans",
                    Map.of(
                            "regulation",
                            "GZ-TWOMTN-2021",
                            "title",
                            "大方县两山基地建设实施方案",
                            "periodStart",
                            year,
                            "periodEnd",
                            year + 2));
            assertThat(created.status()).as(created.toString()).isIn(200, 201);
            plan[0] = PlanPathIT.act(
                    county,
                    created.json(),
                    "promulgate",
                    Map.of(
                            "body",
                            "大方县人民政府",
                            "promulgatedOn",
                            year + "-02-01",
                            "documentNumber",
                            "大府发〔" + year + "〕3号"));
            assertThat(plan[0].get("state").asString()).isEqualTo("IN_FORCE");
            return DossierTestSteps.ok(county.get(DossierTestSteps.path(draft)));
        });
        JsonNode material = DossierTestSteps.material(d, "IMPLEMENTATION_PLAN");
        assertThat(material.get("linkedPlanId").asLong())
                .isEqualTo(plan[0].get("id").asLong());
        assertThat(material.get("status").asString()).isEqualTo("GREEN");
        assertThat(material.get("documents")).isEmpty();
        // a material the plan does not stand for still needs its document
        assertThat(DossierTestSteps.material(d, "APPLICATION_LETTER")
                        .get("status")
                        .asString())
                .isEqualTo("RED");
    }
}
