package cn.ecozone.enforcement;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.enforcement.internal.DailyEvaluationJob;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.EventDeliveries;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Guizhou art. 24(5) from the indicator values over HTTP (issue 13 §3): a titled base whose confirmed
 * values of an environmental-quality indicator of GZ-2SZS-2021 (no. 3, 地表水水质达到或优于III类水的比例,
 * 稳定提高) improve opens no proposal; a worse year submitted but not confirmed opens none, neither on the
 * submission nor in the daily job; once the bureau confirms it, the series deteriorates and a
 * QUALITY_DECLINE proposal opens carrying the series by year.
 *
 * <p>County 520581 黔西市 (毕节市): 520123 and 520181 are titled by {@code RectificationChainIT} and
 * {@code MajorIncidentProposalIT} in the same context, and a county holds one title.
 */
@ApiTest
class IndicatorDeclineIT {

    private static final String COUNTY = "520581";
    private static final String PREFECTURE = "520500";
    private static final String EDITION = "GZ-2SZS-2021";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CandidacyManagement candidacies;

    @Autowired
    EventDeliveries deliveries;

    @Autowired
    DailyEvaluationJob daily;

    @Test
    void improvingValuesOpenNothingAnUnconfirmedWorseYearNothingAndItsConfirmationAProposalWithTheSeries() {
        // on a fixed day, so the base named three years before is still valid (art. 16: 3 years)
        DossierTestSteps.on(clock, LocalDate.of(2026, 6, 1), () -> {
            confirmedYearsDecide(2026);
            return null;
        });
    }

    private void confirmedYearsDecide(int y) {
        EnforcementSteps steps = new EnforcementSteps(port, fixtures, jdbc, clock, candidacies);
        var base = steps.titled.guizhou(COUNTY, LocalDate.of(y - 3, 9, 1));
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, COUNTY);
        Browser bureau = steps.as(Role.PREFECTURE_STAFF, PREFECTURE);

        enter(county, y - 3, 70);
        decide(county, y - 3, "SUBMIT");
        decide(bureau, y - 3, "CONFIRM");
        enter(county, y - 2, 75);
        decide(county, y - 2, "SUBMIT");
        decide(bureau, y - 2, "CONFIRM");
        deliveries.awaitSettled();
        assertThat(steps.ids(base.titleId(), "QUALITY_DECLINE"))
                .as("70 → 75: improving")
                .isEmpty();

        enter(county, y - 1, 60);
        decide(county, y - 1, "SUBMIT");
        deliveries.awaitSettled();
        daily.run();
        assertThat(steps.ids(base.titleId(), "QUALITY_DECLINE"))
                .as("the worse year is submitted, not confirmed")
                .isEmpty();

        decide(bureau, y - 1, "CONFIRM");
        long id = steps.proposals(base.titleId(), "QUALITY_DECLINE", 1).getFirst();
        JsonNode proposal = ok(steps.as(Role.PROVINCE_STAFF, "520000").get("/api/enforcement-proposals/" + id));
        assertThat(proposal.get("article").asString()).isEqualTo("第二十四条（5）");
        JsonNode evidence = proposal.get("evidence");
        assertThat(evidence.get(0).get("source").asString()).isEqualTo("INDICATOR");
        assertThat(evidence.get(0).get("kind").asString()).isEqualTo("GZ-03");
        assertThat(evidence.get(0).get("summary").asString()).contains("地表水水质达到或优于III类水的比例");
        List<String> points = new ArrayList<>();
        for (int i = 1; i < evidence.size(); i++) {
            JsonNode e = evidence.get(i);
            points.add(e.get("kind").asString() + " " + e.get("year").asInt() + " "
                    + e.get("value").decimalValue().stripTrailingZeros().toPlainString());
        }
        assertThat(points)
                .containsExactly("GZ-03 " + (y - 3) + " 70", "GZ-03 " + (y - 2) + " 75", "GZ-03 " + (y - 1) + " 60");

        daily.run();
        deliveries.awaitSettled();
        assertThat(steps.ids(base.titleId(), "QUALITY_DECLINE"))
                .as("the same confirmed year opens one proposal")
                .hasSize(1);
    }

    private static void enter(Browser county, int year, double value) {
        Response r = county.put(
                "/api/indicator-values/" + EDITION + "/" + COUNTY + "/" + year + "/GZ-03",
                Map.of("value", value, "source", "生态环境监测年报"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private static void decide(Browser who, int year, String action) {
        Response r = who.post(
                "/api/indicator-submissions/" + EDITION + "/" + COUNTY + "/" + year + "/" + action,
                action.equals("SUBMIT")
                        ? cn.ecozone.support.MissingValues.explained(
                                who, "/api/indicator-submissions/" + EDITION + "/" + COUNTY + "/" + year + "/SUBMIT")
                        : Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
