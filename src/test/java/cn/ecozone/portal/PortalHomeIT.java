package cn.ecozone.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The public portal home (issue 14 §7): without a login, the programmes, the columns with published items
 * (never one with only a draft), the current notices, the titled areas and the published regulations, in
 * the same number of statements however many columns publish. The columns are those of 鄂伦春自治旗
 * (150723) and of its towns, which no other test uses.
 */
@ApiTest
class PortalHomeIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private static String step(JsonNode item, String action) {
        return "/api/column-items/" + item.get("id").asLong() + "/" + action + "?version="
                + item.get("version").asLong();
    }

    @Test
    void theHomeListsWhatIsPublicWithoutALoginAndItsStatementsDoNotGrowWithTheColumns() {
        long org = fixtures.organization(OrganizationKind.GOVERNMENT, "150723");
        Browser drafter = Browser.loggedIn(port, fixtures.userIn(Role.COUNTY_GOVERNMENT, org));
        Browser colleague = Browser.loggedIn(port, fixtures.userIn(Role.COUNTY_GOVERNMENT, org));
        JsonNode item = drafter.post(
                        "/api/column-items",
                        Map.of("programme", "ECO_CIVILIZATION_ZONE", "kind", "RESULT", "title", "首页测试", "body", "正文"))
                .json();
        JsonNode draftOnly = drafter.post(
                        "/api/column-items",
                        Map.of("programme", "TWO_MOUNTAINS_AREA", "kind", "RESULT", "title", "未审核", "body", "正文"))
                .json();
        assertThat(draftOnly.get("state").asString()).isEqualTo("DRAFT");
        item = drafter.post(step(item, "submit"), Map.of()).json();
        item = colleague.post(step(item, "approve"), Map.of()).json();
        assertThat(drafter.post(step(item, "publish"), Map.of()).status()).isEqualTo(200);

        Browser anonymous = new Browser(port);
        JsonNode home = anonymous.get("/api/public/portal").json();
        assertThat(home.get("programmes").toString()).contains("ECO_CIVILIZATION_ZONE", "TWO_MOUNTAINS_BASE");
        List<String> columns = home.get("columns")
                .valueStream()
                .map(c -> c.get("regionCode").asString() + "/"
                        + c.get("programme").asString())
                .toList();
        assertThat(columns).contains("150723/ECO_CIVILIZATION_ZONE").doesNotContain("150723/TWO_MOUNTAINS_AREA");
        assertThat(home.get("columns")
                        .valueStream()
                        .filter(c -> c.get("regionCode").asString().equals("150723"))
                        .findFirst()
                        .orElseThrow()
                        .get("regionName")
                        .asString())
                .isEqualTo("鄂伦春自治旗");
        assertThat(home.get("regulations").findValuesAsString("status"))
                .isNotEmpty()
                .containsOnly("PUBLISHED");
        assertThat(home.get("notices").size()).isLessThanOrEqualTo(PortalHomes.MAX_LIST);
        assertThat(home.get("titles").size()).isLessThanOrEqualTo(PortalHomes.MAX_LIST);
        assertThat(home.has("noticeCount")).isTrue();
        assertThat(home.has("titleCount")).isTrue();

        int few = anonymous.statements("/api/public/portal");
        List<String> towns = jdbc.queryForList(
                "select code from region where parent_code = ? order by code", String.class, "150723");
        long template = item.get("id").asLong();
        Clones.of(jdbc, "column_item", template, towns.size(), (i, row) -> row.put("region_code", towns.get(i)));
        assertThat(anonymous.get("/api/public/portal").json().get("columns").size())
                .isGreaterThanOrEqualTo(Math.min(PortalHomes.MAX_COLUMNS, towns.size()));
        assertThat(anonymous.statements("/api/public/portal")).isEqualTo(few);
    }
}
