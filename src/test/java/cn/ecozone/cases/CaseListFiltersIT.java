package cn.ecozone.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.ListExports;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The staff's list of typical cases searches, filters by state, path, year and region, sorts by a
 * whitelisted key, pages, and exports what it shows, audited; the expert's own list is searched and
 * paged (issue 14 §5/§6). Three copies of one draft of Xilingol county 152529, told apart by a marker
 * in the title.
 */
@ApiTest
class CaseListFiltersIT {

    private static final String COUNTY = "152529";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void theStaffListFiltersSortsPagesAndExportsWhatItShowsInScopeOnly() {
        CaseTestSteps steps = new CaseTestSteps(port, fixtures, jdbc);
        int year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, COUNTY);
        JsonNode template = CaseTestSteps.draft(county, "筛选模板", year);
        String marker = "案例筛选" + System.nanoTime();
        String unit = "合作社" + System.nanoTime();
        copies(template.get("id").asLong(), marker, unit);
        String user = fixtures.user(Role.COMMITTEE_OFFICE, CaseTestSteps.XL_OFFICE);
        Browser office = Browser.loggedIn(port, user);

        // the office sees the published and the reviewed case, not the county's draft
        assertThat(titles(office, "q=" + marker + "&sort=title")).containsExactly(marker + " A", marker + " B");
        assertThat(titles(office, "q=" + marker + "&sort=-year")).containsExactly(marker + " B", marker + " A");
        assertThat(titles(office, "q=" + marker + "&state=PUBLISHED")).containsExactly(marker + " A");
        assertThat(titles(office, "q=" + marker + "&path=ECOLOGICAL_INDUSTRIALIZATION"))
                .containsExactly(marker + " B");
        assertThat(titles(office, "q=" + marker + "&year=2031")).containsExactly(marker + " A");
        assertThat(titles(office, "q=" + marker + "&regionCode=" + COUNTY + "&sort=title"))
                .containsExactly(marker + " A", marker + " B");
        assertThat(titles(office, "q=" + marker + "&regionCode=152530")).isEmpty();
        assertThat(titles(office, "q=" + unit)).as("the unit is searched").containsExactly(marker + " B");
        assertThat(titles(county, "q=" + marker + "&sort=title"))
                .as("its own draft too")
                .containsExactly(marker + " A", marker + " B", marker + " C");

        JsonNode page = office.get("/api/cases?q=" + marker + "&sort=title&size=1&page=1")
                .json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(2);
        assertThat(page.get("content")).hasSize(1);
        assertThat(page.get("content").get(0).get("title").asString()).isEqualTo(marker + " B");

        Response bad = office.get("/api/cases?sort=region_path");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        Response badState = office.get("/api/cases?state=LOST");
        assertThat(badState.status()).isEqualTo(400);
        assertThat(badState.json().get("errors").get(0).get("field").asString()).isEqualTo("state");

        ListExports.Exported exported =
                ListExports.download(office, "/api/cases/export?q=" + marker + "&sort=-title", "典型案例");
        assertThat(exported.column("案例标题")).containsExactly(marker + " B", marker + " A");
        assertThat(exported.column("行政区划名称")).containsOnly("正镶白旗");
        assertThat(exported.column("转化路径")).containsExactly("生态产业化", "产业生态化");
        assertThat(exported.column("年度")).containsExactly("2032", "2031");
        assertThat(exported.column("状态")).containsExactly("专家审核中", "已发布");
        ListExports.audited(jdbc, user, "Case:export", "q=" + marker, "sort=-title");

        // outside: another county of the league and another province see none of them
        assertThat(titles(steps.as(Role.COUNTY_GOVERNMENT, "152530"), "q=" + marker))
                .isEmpty();
        Browser guizhou = steps.as(Role.PROVINCE_STAFF, "520000");
        assertThat(titles(guizhou, "q=" + marker)).isEmpty();
        assertThat(ListExports.download(guizhou, "/api/cases/export?q=" + marker, "典型案例")
                        .rows())
                .isEmpty();

        // the expert's own list: searched by title and unit, paged
        String expertUser = fixtures.user(Role.EXPERT, "150000");
        long expert = expert(expertUser);
        appoint(marker, expert, expertUser);
        Browser me = Browser.loggedIn(port, expertUser);
        assertThat(mine(me, "q=" + marker)).containsExactly(marker + " B", marker + " A");
        assertThat(mine(me, "q=" + unit)).containsExactly(marker + " B");
        JsonNode second =
                me.get("/api/cases/my-reviews?q=" + marker + "&size=1&page=1").json();
        assertThat(second.get("totalElements").asLong()).isEqualTo(2);
        assertThat(second.get("content").get(0).get("title").asString()).isEqualTo(marker + " A");
        assertThat(mine(me, "q=" + marker + "无此案例")).isEmpty();
    }

    /** A (published, 2031), B (reviewing, 2032, its unit {@code unit}), C (the county's draft, 2031). */
    private void copies(long template, String marker, String unit) {
        Timestamp published = Timestamp.from(clock.instant());
        Clones.of(jdbc, "typical_case", template, 3, (i, row) -> {
            row.put("title", marker + " " + "ABC".charAt(i));
            row.put("case_year", i == 1 ? 2032 : 2031);
            switch (i) {
                case 0 -> {
                    row.put("state", "PUBLISHED");
                    row.put("path", "INDUSTRIAL_ECOLOGIZATION");
                    row.put("published_at", published);
                }
                case 1 -> {
                    row.put("state", "REVIEWING");
                    row.put("unit_name", unit);
                }
                default -> row.put("path", "OTHER");
            }
        });
    }

    /** A pool expert of Inner Mongolia with the account {@code username}. */
    private long expert(String username) {
        long userId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "清单专家" + userId);
        body.put("fields", List.of("生态"));
        body.put("organization", "清单专家所在单位");
        body.put("orgRegionCode", "150102");
        body.put("title", "研究员");
        body.put("contact", "0471-0000000");
        body.put("userId", userId);
        Response r = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"))
                .post("/api/review/experts", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("expert").get("id").asLong();
    }

    /** The expert appointed to the marked cases A and B, as the office's appointment records it. */
    private void appoint(String marker, long expert, String username) {
        long userId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        jdbc.update(
                "insert into typical_case_reviewer (case_id, opening, expert_id, expert_name, user_id, appointed_by,"
                        + " appointed_at) select id, 1, ?, '清单专家', ?, 'test', current_timestamp from typical_case"
                        + " where title in (?, ?)",
                expert,
                userId,
                marker + " A",
                marker + " B");
    }

    private static List<String> titles(Browser who, String query) {
        return read(who, "/api/cases?size=100&" + query);
    }

    private static List<String> mine(Browser who, String query) {
        return read(who, "/api/cases/my-reviews?size=100&" + query);
    }

    private static List<String> read(Browser who, String url) {
        Response r = who.get(url);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        r.json().get("content").forEach(c -> titles.add(c.get("title").asString()));
        return titles;
    }
}
