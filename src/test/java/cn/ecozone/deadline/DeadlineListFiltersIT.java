package cn.ecozone.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.calendar.Counting;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.ListExports;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deadline list's search, due range, overdue filter and order (issue 14 §6), and its export with
 * the same filters (§5), over HTTP. Three deadlines of 察哈尔右翼后旗 (150928) for the county
 * government, on 2026-06-10 (the clock is set there and restored): one overdue, one due within the
 * default window of 10 working days, one due later.
 */
@ApiTest
class DeadlineListFiltersIT {

    private static final String COUNTY = "150928";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListFiltersByTextDueRangeAndOverdueAndSortsByAWhitelistedKeyAndTheExportWritesTheSame() {
        Instant before = clock.instant();
        try {
            clock.set(Instant.parse("2026-06-10T02:00:00Z"));
            String marker = "期限筛选" + System.nanoTime();
            register(marker + " A", LocalDate.parse("2026-05-04"), 5);
            RegisteredDeadline soon = register(marker + " B", LocalDate.parse("2026-06-10"), 3);
            RegisteredDeadline later = register(marker + " C", LocalDate.parse("2026-06-10"), 30);
            String user = fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY);
            Browser county = Browser.loggedIn(port, user);

            assertThat(titles(county, "q=" + marker)).containsExactly(marker + " A", marker + " B");
            String all = "q=" + marker + "&dueTo=" + later.dueDate();
            assertThat(titles(county, all)).containsExactly(marker + " A", marker + " B", marker + " C");
            assertThat(titles(county, all + "&overdue=true")).containsExactly(marker + " A");
            assertThat(titles(county, all + "&overdue=false")).containsExactly(marker + " B", marker + " C");
            assertThat(titles(county, all + "&dueFrom=" + soon.dueDate()))
                    .containsExactly(marker + " B", marker + " C");
            assertThat(titles(county, all + "&sort=-due")).containsExactly(marker + " C", marker + " B", marker + " A");
            assertThat(titles(county, all + "&sort=-title"))
                    .containsExactly(marker + " C", marker + " B", marker + " A");
            assertThat(titles(county, "q=察哈尔右翼后旗&dueTo=" + later.dueDate()))
                    .as("the search finds the region's name too")
                    .contains(marker + " A", marker + " B", marker + " C");

            Response sort = county.get("/api/deadlines?sort=due_date");
            assertThat(sort.status()).isEqualTo(400);
            assertThat(sort.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
            Response range = county.get("/api/deadlines?dueFrom=2026-07-01&dueTo=2026-06-01");
            assertThat(range.status()).isEqualTo(400);
            assertThat(range.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("dueFrom");

            ListExports.Exported exported =
                    ListExports.download(county, "/api/deadlines/export?" + all + "&overdue=false&sort=-due", "办理期限");
            assertThat(exported.column(0)).containsExactly(marker + " C", marker + " B");
            assertThat(exported.rows().get(1).get(6)).isEqualTo(soon.dueDate().toString());
            assertThat(exported.rows().get(1).get(8)).isEqualTo("否");
            assertThat(exported.about())
                    .anySatisfy(line -> assertThat(line).contains("仅未逾期").contains(marker));
            ListExports.audited(jdbc, user, "Deadline:export", "overdue=false");
        } finally {
            clock.set(before);
        }
    }

    private RegisteredDeadline register(String title, LocalDate start, int workingDays) {
        long id = DeadlineJobIT.SUBJECT.incrementAndGet();
        return deadlines.register(new DeadlineRequest(
                "PLAN",
                id,
                "PLAN_FILING",
                title,
                COUNTY,
                Role.COUNTY_GOVERNMENT,
                start,
                workingDays,
                Counting.NEXT_DAY,
                "/plans/" + id));
    }

    private static List<String> titles(Browser who, String query) {
        Response r = who.get("/api/deadlines?size=100&" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("content").findValuesAsString("title");
    }
}
