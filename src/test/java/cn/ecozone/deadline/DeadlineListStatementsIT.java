package cn.ecozone.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.calendar.Counting;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The deadline list is paged by the database and takes the same number of SQL statements per request
 * at 10 open deadlines as at 1,000 (issue 10), each deadline in another county of 乌兰察布市 (150900);
 * the plan tests of 察哈尔右翼后旗 (150928, e.g. PlanDeadlineEnglishIT) may have left deadlines there, so
 * the totals are counted over those open before.
 */
@ApiTest
class DeadlineListStatementsIT {

    private static final String LEAGUE = "150900";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListTakesTheSameStatementsAtTenAndAtAThousandDeadlines() {
        java.util.List<String> counties = jdbc.queryForList(
                "select code from region where parent_code = ? and level = 'COUNTY' order by code",
                String.class,
                LEAGUE);
        long subject = DeadlineJobIT.SUBJECT.addAndGet(2_000);
        long template = deadlines
                .register(new DeadlineRequest(
                        "LIST_TEST",
                        subject,
                        "LIST_TEST",
                        "清单测试期限",
                        counties.getFirst(),
                        Role.COUNTY_GOVERNMENT,
                        deadlines.today(),
                        2,
                        Counting.NEXT_DAY,
                        "/plans/0"))
                .id();
        Browser league = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, LEAGUE));
        long before =
                league.get("/api/deadlines?size=1").json().get("totalElements").asLong() - 1;

        copies(template, subject, 1, 9, counties);
        JsonNode page = league.get("/api/deadlines?size=5").json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(before + 10);
        assertThat(page.get("content").get(0).get("regionName").asString()).isNotBlank();
        int atTen = league.statements("/api/deadlines?size=5");

        copies(template, subject, 10, 990, counties);
        JsonNode full = league.get("/api/deadlines?size=5&page=3").json();
        assertThat(full.get("totalElements").asLong()).isEqualTo(before + 1000);
        assertThat(full.get("content")).hasSize(5);
        assertThat(full.get("content").findValuesAsString("regionName")).doesNotContainNull();
        // the session check, the page and its count (the region names and the working-day calendar come
        // from caches)
        assertThat(league.statements("/api/deadlines?size=5&page=3"))
                .isEqualTo(atTen)
                .isEqualTo(3);
    }

    /** {@code n} copies of the deadline for subjects after {@code subject}, spread over the counties. */
    private void copies(long template, long subject, int from, int n, java.util.List<String> counties) {
        String path = jdbc.queryForObject("select path from region where code = ?", String.class, LEAGUE);
        Clones.of(jdbc, "deadline", template, n, (i, row) -> {
            String county = counties.get((from + i) % counties.size());
            row.put("subject_id", subject + from + i);
            row.put("region_code", county);
            row.put("region_path", path + county + "/");
        });
    }
}
