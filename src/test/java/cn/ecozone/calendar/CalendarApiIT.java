package cn.ecozone.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ApiTest
class CalendarApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void describesADayAnonymously() {
        JsonNode day = new Browser(port).get("/api/calendar/days/2025-10-01").json();
        assertThat(day.get("workingDay").asBoolean()).isFalse();
        assertThat(day.get("kind").asString()).isEqualTo("HOLIDAY");
        assertThat(day.get("holiday").asString()).contains("国庆节");
        JsonNode adjusted =
                new Browser(port).get("/api/calendar/days/2025-09-28").json();
        assertThat(adjusted.get("kind").asString()).isEqualTo("ADJUSTED_WORKING_DAY");
        assertThat(adjusted.get("workingDay").asBoolean()).isTrue();
        assertThat(new Browser(port)
                        .get("/api/calendar/days/2025-09-27")
                        .json()
                        .get("kind")
                        .asString())
                .isEqualTo("WEEKEND");
        JsonNode workday =
                new Browser(port).get("/api/calendar/days/2025-09-26").json();
        assertThat(workday.get("kind").asString()).isEqualTo("WORKDAY");
        assertThat(workday.get("holiday").isNull()).isTrue();
    }

    @Test
    void computesTheFilingDeadlineWithAnExplanation() {
        JsonNode deadline = new Browser(port)
                .get("/api/calendar/deadline?from=2025-09-26&workingDays=15&counting=NEXT_DAY")
                .json();
        assertThat(deadline.get("date").asString()).isEqualTo("2025-10-23");
        List<String> lines = new java.util.ArrayList<>();
        deadline.get("explanation").forEach(l -> lines.add(l.asString()));
        assertThat(lines.getFirst()).contains("次日起算");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("国庆节").contains("2025-10-01 至 2025-10-08"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("调休上班日").contains("2025-10-11"));
        assertThat(lines.getLast()).contains("2025-10-23").contains("星期四");
    }

    @Test
    void explainsInEnglishOnRequest() {
        JsonNode deadline = new Browser(port)
                .language("en")
                .get("/api/calendar/deadline?from=2025-09-12&workingDays=5&counting=SAME_DAY")
                .json();
        assertThat(deadline.get("date").asString()).isEqualTo("2025-09-18");
        assertThat(deadline.get("explanation").get(0).asString()).contains("day 1");
    }

    @Test
    void countsWorkingDaysBetweenDates() {
        JsonNode count = new Browser(port)
                .get("/api/calendar/working-days?from=2025-10-01&to=2025-10-12")
                .json();
        assertThat(count.get("workingDays").asInt()).isEqualTo(3);
    }

    @Test
    void refusesYearsWithoutCalendarNegativeCountsAndMalformedDatesWith422() {
        Browser browser = new Browser(port);
        Response noYear = browser.get("/api/calendar/deadline?from=2028-03-01&workingDays=15&counting=NEXT_DAY");
        assertThat(noYear.status()).isEqualTo(422);
        assertThat(noYear.code()).isEqualTo("calendar-not-published");
        assertThat(noYear.json().get("detail").asString()).contains("2028");

        Response negative = browser.get("/api/calendar/deadline?from=2025-01-02&workingDays=-3");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().get("errors").get(0).get("field").asString()).isEqualTo("workingDays");

        Response malformed = browser.get("/api/calendar/days/2025-02-30");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.code()).isEqualTo("invalid-date");

        assertThat(browser.get("/api/calendar/deadline?from=2025-01-02&workingDays=3&counting=WEEKLY")
                        .status())
                .isEqualTo(422);
        assertThat(browser.get("/api/calendar/working-days?from=2025-03-10&to=2025-03-01")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void aPeriodIntoTheProvisional2027IsCountedAndSaysSoUntilTheSystemAdminEntersTheNotice() {
        Browser anyone = new Browser(port);
        JsonNode year = anyone.get("/api/calendar/years/2027").json();
        assertThat(year.get("provisional").asBoolean()).isTrue();
        assertThat(year.get("shipped").asBoolean()).isFalse();
        // Sun 2026-12-20 + 15 working days: 9 in December, 元旦 skipped, then 01-04..08 and Mon 01-11
        JsonNode zh = anyone.get("/api/calendar/deadline?from=2026-12-20&workingDays=15&counting=NEXT_DAY")
                .json();
        assertThat(zh.get("date").asString()).isEqualTo("2027-01-11");
        assertThat(lines(zh)).anySatisfy(l -> assertThat(l).contains("元旦").contains("2027-01-01 至 2027-01-01"));
        assertThat(lines(zh).getLast()).contains("2027年的节假日安排尚未由国务院办公厅公布").contains("暂定日历");
        JsonNode en = anyone.language("en")
                .get("/api/calendar/deadline?from=2026-12-20&workingDays=15&counting=NEXT_DAY")
                .json();
        assertThat(lines(en).getLast()).contains("holiday schedule for 2027").contains("provisional calendar");

        Browser admin = new Browser(port);
        admin.login(fixtures.user(Role.SYSTEM_ADMIN, "150000"), Fixtures.PASSWORD);
        Response published = admin.put(
                "/api/calendar/years/2027",
                Map.of(
                        "source", "国务院办公厅关于2027年部分节假日安排的通知（测试）",
                        "holidays",
                                List.of(
                                        Map.of("name", "元旦", "from", "2027-01-01", "to", "2027-01-03"),
                                        Map.of("name", "春节", "from", "2027-02-05", "to", "2027-02-12")),
                        "adjustedWorkingDays", List.of(Map.of("date", "2027-02-20", "holiday", "春节")),
                        "version", year.get("version").asLong()));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("holidays")).hasSize(2);
        assertThat(published.json().get("provisional").asBoolean()).isFalse();
        assertThat(lines(new Browser(port)
                        .get("/api/calendar/deadline?from=2026-12-20&workingDays=15&counting=NEXT_DAY")
                        .json()))
                .noneSatisfy(l -> assertThat(l).contains("暂定"));

        assertThat(anyone.get("/api/calendar/days/2027-02-20")
                        .json()
                        .get("kind")
                        .asString())
                .isEqualTo("ADJUSTED_WORKING_DAY");
        // Thu 2026-12-31 + 2 working days: 2027-01-01..03 are holidays, so Mon 01-04 and Tue 01-05
        assertThat(anyone.get("/api/calendar/deadline?from=2026-12-31&workingDays=2")
                        .json()
                        .get("date")
                        .asString())
                .isEqualTo("2027-01-05");

        long version =
                anyone.get("/api/calendar/years/2027").json().get("version").asLong();
        Response stale = admin.put(
                "/api/calendar/years/2027",
                Map.of(
                        "source",
                        "更正",
                        "holidays",
                        List.of(Map.of("name", "元旦", "from", "2027-01-01", "to", "2027-01-01")),
                        "version",
                        version + 7));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(anyone.get("/api/calendar/years/2027").json().get("holidays"))
                .hasSize(2);
    }

    private static List<String> lines(JsonNode deadline) {
        List<String> lines = new java.util.ArrayList<>();
        deadline.get("explanation").forEach(l -> lines.add(l.asString()));
        return lines;
    }

    @Test
    void refusesAnInvalidNoticeAndChangesNothing() {
        Browser admin = new Browser(port);
        admin.login(fixtures.user(Role.SYSTEM_ADMIN, "150000"), Fixtures.PASSWORD);
        Response weekday = admin.put(
                "/api/calendar/years/2029",
                Map.of(
                        "source", "测试",
                        "holidays", List.of(Map.of("name", "元旦", "from", "2029-01-01", "to", "2029-01-01")),
                        "adjustedWorkingDays", List.of(Map.of("date", "2029-01-03", "holiday", "元旦"))));
        assertThat(weekday.status()).isEqualTo(400);
        assertThat(weekday.json().get("errors").get(0).get("field").asString()).isEqualTo("adjustedWorkingDays[0]");
        Response outside = admin.put(
                "/api/calendar/years/2029",
                Map.of(
                        "source",
                        "测试",
                        "holidays",
                        List.of(Map.of("name", "国庆节", "from", "2030-10-01", "to", "2030-10-07"))));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(new Browser(port).get("/api/calendar/years/2029").status()).isEqualTo(404);
        assertThat(new Browser(port).get("/api/calendar/days/2029-01-01").status())
                .isEqualTo(422);
    }

    @Test
    void shippedYearsCannotBeReplacedAndOnlyTheSystemAdminPublishes() {
        Map<String, Object> notice = Map.of(
                "source", "测试", "holidays", List.of(Map.of("name", "元旦", "from", "2026-01-01", "to", "2026-01-01")));
        Browser admin = new Browser(port);
        admin.login(fixtures.user(Role.SYSTEM_ADMIN, "150000"), Fixtures.PASSWORD);
        Response shipped = admin.put(
                "/api/calendar/years/2026",
                Map.of(
                        "source",
                        "测试",
                        "holidays",
                        List.of(Map.of("name", "元旦", "from", "2026-01-01", "to", "2026-01-01")),
                        "version",
                        0));
        assertThat(shipped.status()).isEqualTo(422);
        assertThat(shipped.code()).isEqualTo("calendar-shipped");

        Browser staff = new Browser(port);
        staff.login(fixtures.user(Role.PROVINCE_STAFF, "150000"), Fixtures.PASSWORD);
        assertThat(staff.put("/api/calendar/years/2030", notice).status()).isEqualTo(403);
        assertThat(new Browser(port).put("/api/calendar/years/2030", notice).status())
                .isEqualTo(401);
    }

    @Test
    void listsTheShippedYears() {
        JsonNode years = new Browser(port).get("/api/calendar/years").json();
        List<Integer> shipped = new java.util.ArrayList<>();
        years.forEach(y -> {
            if (y.get("shipped").asBoolean()) {
                shipped.add(y.get("year").asInt());
            }
        });
        assertThat(shipped).contains(2015, 2020, 2025, 2026);
        JsonNode y2025 = new Browser(port).get("/api/calendar/years/2025").json();
        assertThat(y2025.get("holidays"))
                .anySatisfy(h -> assertThat(h.get("name").asString()).isEqualTo("春节"));
        assertThat(y2025.get("adjustedWorkingDays"))
                .extracting(a -> a.get("date").asString())
                .contains("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11");
    }
}
