package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Caches;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The league's overview takes the same statements at 10 counties as at 1,000 (issue 10): 兴安盟's own
 * counties plus counties inserted for the test (codes {@code 15220099nnnn}) and removed after it.
 */
@ApiTest
class IndicatorOverviewStatementsIT {

    private static final String LEAGUE = "152200";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegionManagement regions;

    @Autowired
    CacheManager caches;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOverviewTakesTheSameStatementsAtTenAndAtAThousandCounties() {
        Browser province = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));
        String edition = ReviewTestEditions.publish(province);
        Browser bureau = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, LEAGUE));
        String overview = "/api/indicator-overview?edition=" + edition + "&year=2024&size=20";
        try {
            int own = regions.descendants(LEAGUE, cn.ecozone.region.RegionLevel.COUNTY)
                    .size();
            insertCounties(0, 10 - own);
            caches.getCache(Caches.REGION_TREE).clear();
            JsonNode ten = bureau.get(overview).json();
            assertThat(ten.get("page").get("totalElements").asLong()).isEqualTo(10);
            int atTen = bureau.statements(overview);

            insertCounties(10 - own, 990);
            caches.getCache(Caches.REGION_TREE).clear();
            JsonNode thousand = bureau.get(overview).json();
            assertThat(thousand.get("page").get("totalElements").asLong()).isEqualTo(1000);
            assertThat(thousand.get("counts").get("NOT_STARTED").asLong()).isEqualTo(1000);
            assertThat(thousand.get("page").get("content")).hasSize(20);
            // the years under the league, today's reminders, and the request's own (the session's user);
            // regions from the cached tree
            assertThat(bureau.statements(overview)).isEqualTo(atTen).isEqualTo(3);
        } finally {
            jdbc.update("delete from region where parent_code = ? and code like '15220099%'", LEAGUE);
            caches.getCache(Caches.REGION_TREE).clear();
        }
    }

    private void insertCounties(int from, int n) {
        Region league = regions.require(LEAGUE);
        List<Object[]> rows = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            String code = LEAGUE + "99" + "%04d".formatted(i);
            rows.add(new Object[] {code, "测试旗" + i, league.code(), league.path() + code + "/"});
        }
        jdbc.batchUpdate(
                "insert into region (code, name, level, parent_code, path, functional_zone, terrain,"
                        + " key_ecological_function_area, has_children, version)"
                        + " values (?, ?, 'COUNTY', ?, ?, false, 'PLAIN', false, false, 0)",
                rows);
    }
}
