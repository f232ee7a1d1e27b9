package cn.ecozone.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The plan list, read as a projection by plain JDBC (issue 10, "Lists, fourth pass"), still shows a
 * user only the plans of the regions in the user's data scope (ADR 0002), with and without a
 * keyword: a county its own, a prefecture its counties', the province all. The plans are drafted in
 * counties of 巴彦淖尔市 (150800) and 鄂尔多斯市 (150600), where no other test makes plans.
 */
@ApiTest
class PlanListScopeIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCountySeesOnlyItsOwnPlansAPrefectureItsCountiesAndTheProvinceAll() {
        String bayannur = county("150800");
        String ordos = county("150600");
        Browser own = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, bayannur));
        Browser other = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, ordos));
        String marker = "范围测试" + System.nanoTime();
        PlanPathIT.drafted(own, marker + " 本县");
        PlanPathIT.drafted(other, marker + " 他县");

        assertThat(titles(own, "/api/plans?size=100&q=" + marker)).containsExactly(marker + " 本县");
        assertThat(titles(other, "/api/plans?size=100&q=" + marker)).containsExactly(marker + " 他县");
        JsonNode unfiltered = own.get("/api/plans?size=100").json();
        assertThat(field(unfiltered, "subjectRegionCode"))
                .as("without a keyword too, only the county's own plans")
                .isNotEmpty()
                .containsOnly(bayannur);
        assertThat(unfiltered.get("totalElements").asLong())
                .isEqualTo(unfiltered.get("content").size());

        Browser prefecture = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "150800"));
        assertThat(titles(prefecture, "/api/plans?size=100&q=" + marker)).containsExactly(marker + " 本县");
        assertThat(field(prefecture.get("/api/plans?size=100").json(), "title"))
                .contains(marker + " 本县")
                .doesNotContain(marker + " 他县");

        Browser province = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));
        assertThat(titles(province, "/api/plans?size=100&q=" + marker))
                .containsExactlyInAnyOrder(marker + " 本县", marker + " 他县");
    }

    private String county(String prefecture) {
        return jdbc.queryForObject(
                "select min(code) from region where parent_code = ? and level = 'COUNTY'", String.class, prefecture);
    }

    private static java.util.List<String> titles(Browser who, String path) {
        JsonNode page = who.get(path).json();
        assertThat(page.get("totalElements").asLong())
                .isEqualTo(page.get("content").size());
        return field(page, "title");
    }

    /** The field of each item of the page. */
    private static java.util.List<String> field(JsonNode page, String name) {
        java.util.List<String> values = new java.util.ArrayList<>();
        page.get("content").forEach(item -> values.add(item.get(name).asString()));
        return values;
    }
}
