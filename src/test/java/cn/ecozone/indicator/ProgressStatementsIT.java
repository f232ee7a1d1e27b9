package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.indicator.internal.Values;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The progress report ({@code GET /api/progress}) takes the same statements whether the region holds no
 * value or a value for every indicator of the report in every year from the base year to the year
 * (issue 10: no query per row): the region's values in one read, the edition from the cache. It is a
 * report, not a list: one row per dated indicator of the edition (tens), so it is not paged.
 */
@ApiTest
class ProgressStatementsIT {

    private static final String EDITION = "BIM-2024";
    // the edition's dated targets apply to the region itself (all but one); ProgressIT uses 2020 and 2024
    private static final String REGION = "150000";
    private static final String URL =
            "/api/progress?edition=" + EDITION + "&region=" + REGION + "&baseYear=2021&year=2023";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Values values;

    @Test
    void theReportTakesTheSameStatementsWithNoValueAsWithEveryValueHeld() {
        Browser province = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));
        JsonNode empty = province.get(URL).json();
        List<String> codes = new ArrayList<>();
        empty.get("rows").forEach(r -> codes.add(r.get("code").asString()));
        assertThat(codes).hasSizeGreaterThan(5);
        int withNone = province.statements(URL);

        for (String code : codes) {
            for (int year = 2021; year <= 2023; year++) {
                hold(code, year, 50 + year - 2020);
            }
        }
        JsonNode full = province.get(URL).json();
        assertThat(full.get("rows")).hasSize(codes.size());
        assertThat(empty.get("rows").get(0).get("value").isNull()).isTrue();
        assertThat(full.get("rows").get(0).get("value").isNull()).isFalse();
        // the region's values of the years, and the request's own
        assertThat(province.statements(URL)).isEqualTo(withNone).isEqualTo(2);
    }

    /** A value of the region itself, put in through the repository as an import would. */
    private void hold(String indicator, int year, double number) {
        ValueEntity value = values.find(EDITION, indicator, REGION, year)
                .orElseGet(() -> new ValueEntity(EDITION, indicator, REGION, "/" + REGION + "/", year));
        value.enter(number, null, null, "测试", null, "test", null, Instant.parse("2025-01-01T00:00:00Z"));
        values.save(value);
    }
}
