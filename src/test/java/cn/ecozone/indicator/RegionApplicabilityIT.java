package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Indicators restricted to coastal or grassland areas, judged by the region attributes province staff
 * set. Uses the shipped 2024 city edition: C24-05-4 (近岸海域水质优良比例*) and C24-08-3 (自然岸线保有率*)
 * apply to coastal areas only, C24-08-2 (草原综合植被盖度*) to grassland areas only. Three Shandong cities,
 * which no other test touches: 青岛市 marked coastal, 济南市 marked inland without grassland, 淄博市 left
 * unknown.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionApplicabilityIT {

    private static final String EDITION = "ECOCIV-CITY-2024";
    private static final String COASTAL = "370200"; // 青岛市
    private static final String INLAND = "370100"; // 济南市
    private static final String UNKNOWN = "370300"; // 淄博市

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Browser staff;

    @BeforeAll
    void markTheCities() {
        staff = new Browser(port);
        staff.login(fixtures.user(Role.PROVINCE_STAFF, "370000"), Fixtures.PASSWORD);
        setAttributes(COASTAL, null, true);
        setAttributes(INLAND, false, false);
    }

    private void setAttributes(String code, Boolean grassland, Boolean coastal) {
        JsonNode region = staff.get("/api/regions/" + code).json();
        Map<String, Object> body = new HashMap<>();
        body.put("terrain", region.get("terrain").asString());
        body.put("keyEcologicalFunctionArea", false);
        body.put("grassland", grassland);
        body.put("coastal", coastal);
        body.put("reason", "适用范围测试");
        body.put("version", region.get("version").asLong());
        Response r = staff.put("/api/regions/" + code + "/attributes", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private String status(String region, String indicator) {
        Response card = staff.get("/api/evaluations?edition=" + EDITION + "&region=" + region + "&year=2024");
        assertThat(card.status()).as(card.toString()).isEqualTo(200);
        for (JsonNode row : card.json().get("rows")) {
            if (row.get("code").asString().equals(indicator)) {
                return row.get("status").asString();
            }
        }
        throw new AssertionError("no row " + indicator);
    }

    @Test
    void aCoastalOnlyIndicatorIsNotApplicableToAnInlandCity() {
        assertThat(status(INLAND, "C24-05-4")).isEqualTo("NOT_APPLICABLE");
        assertThat(status(INLAND, "C24-08-3")).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void aCoastalOnlyIndicatorAppliesToACoastalCity() {
        assertThat(status(COASTAL, "C24-05-4")).isEqualTo("NO_DATA");
        assertThat(status(COASTAL, "C24-08-3")).isEqualTo("NO_DATA");
    }

    @Test
    void aCoastalOnlyIndicatorIsStillShownWhenItIsNotKnownWhetherTheCityIsCoastal() {
        assertThat(status(UNKNOWN, "C24-05-4")).isEqualTo("NO_DATA");
    }

    @Test
    void aGrasslandOnlyIndicatorFollowsTheGrasslandFlag() {
        assertThat(status(INLAND, "C24-08-2")).isEqualTo("NOT_APPLICABLE");
        assertThat(status(COASTAL, "C24-08-2")).isEqualTo("NO_DATA"); // grassland unknown
        assertThat(status(UNKNOWN, "C24-08-2")).isEqualTo("NO_DATA");
    }

    @Test
    void theSummaryCountsOnlyTheApplicableIndicators() {
        JsonNode inland = staff.get("/api/evaluations?edition=" + EDITION + "&region=" + INLAND + "&year=2024")
                .json();
        JsonNode unknown = staff.get("/api/evaluations?edition=" + EDITION + "&region=" + UNKNOWN + "&year=2024")
                .json();
        assertThat(inland.get("summary").get("applicable").asInt())
                .isEqualTo(unknown.get("summary").get("applicable").asInt() - 3);
    }
}
