package cn.ecozone.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.calendar.Counting;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Registering, replacing and closing deadlines, and who sees them in the deadline list. */
@ApiTest
class DeadlineListIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DeadlineManagement deadlines;

    private Browser loggedIn(Role role, String region) {
        Browser browser = new Browser(port);
        assertThat(browser.login(fixtures.user(role, region), Fixtures.PASSWORD).status())
                .isEqualTo(200);
        return browser;
    }

    /** The items titled {@code title} on every page of the list at {@code path}. */
    private static List<JsonNode> items(Browser browser, String path, String title) {
        List<JsonNode> found = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            Response response = browser.get(path + separator + "size=100&page=" + page);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode content = response.json().get("content");
            content.forEach(d -> {
                if (d.get("title").asString().equals(title)) {
                    found.add(d);
                }
            });
            if (content.size() < 100) {
                return found;
            }
        }
    }

    private DeadlineRequest request(String title, String region, LocalDate start, int workingDays) {
        long id = DeadlineJobIT.SUBJECT.incrementAndGet();
        return new DeadlineRequest(
                "PLAN",
                id,
                "PLAN_FILING",
                title,
                region,
                Role.COUNTY_GOVERNMENT,
                start,
                workingDays,
                Counting.NEXT_DAY,
                "/plans/" + id);
    }

    /**
     * 15 working days after promulgation on Fri 2026-09-25 (itself 中秋节), counted from the next day
     * (IM eco-civ art. 6; procedures §7.2), by the 2026 notice (procedures §7.1): 中秋 9/25–9/27, 国庆
     * 10/1–10/7, 调休上班 Sun 9/20 (before the period, so not counted) and Sat 10/10. Working days:
     * 9/28, 9/29, 9/30 (1–3); 10/8, 10/9 (4–5); Sat 10/10 (6); 10/12–10/16 (7–11); 10/19–10/22
     * (12–15). Due Thursday 2026-10-22.
     */
    @Test
    void theFilingDeadlineAcrossTheNationalDayWeekCountsTheAdjustedSaturday() {
        RegisteredDeadline deadline =
                deadlines.register(request("《正镶白旗生态文明建设示范区规划》备案", "152529", LocalDate.parse("2026-09-25"), 15));

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.parse("2026-10-22"));
        assertThat(deadline.explanation())
                .anySatisfy(l -> assertThat(l).contains("国庆节"))
                .anySatisfy(l -> assertThat(l).contains("2026-10-10"))
                .noneSatisfy(l -> assertThat(l).contains("2026-09-20"));
    }

    @Test
    void registeringTheSameSubjectAndKindAgainReplacesTheOpenDeadline() {
        DeadlineRequest request = request("《镶黄旗规划》备案", "152528", deadlines.today(), 5);
        RegisteredDeadline first = deadlines.register(request);
        DeadlineRequest later = new DeadlineRequest(
                request.subjectType(),
                request.subjectId(),
                request.kind(),
                request.title(),
                request.regionCode(),
                request.role(),
                request.startDate(),
                8,
                request.counting(),
                request.link());
        RegisteredDeadline second = deadlines.register(later);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.dueDate()).isAfter(first.dueDate());
        assertThat(deadlines.close("PLAN", request.subjectId(), "PLAN_FILING")).isEqualTo(ClosedDeadline.ON_TIME);
        assertThat(deadlines.close("PLAN", request.subjectId(), "PLAN_FILING")).isEqualTo(ClosedDeadline.NOT_OPEN);
        assertThat(deadlines.register(request).id())
                .as("a new deadline after closing")
                .isNotEqualTo(first.id());
    }

    @Test
    void theListShowsTheResponsibleRoleAndSupervisorsInScopeButNotOtherRegions() {
        String title = "《西乌珠穆沁旗生态文明建设示范区规划》备案" + DeadlineJobIT.SUBJECT.get();
        deadlines.register(request(title, "152526", deadlines.today(), 2));

        List<JsonNode> own = items(loggedIn(Role.COUNTY_GOVERNMENT, "152526"), "/api/deadlines?within=10", title);
        assertThat(own).singleElement().satisfies(d -> {
            assertThat(d.get("workingDaysLeft").asInt()).isEqualTo(2);
            assertThat(d.get("overdue").asBoolean()).isFalse();
            assertThat(d.get("mine").asBoolean()).isTrue();
            assertThat(d.get("regionName").asString()).isEqualTo("西乌珠穆沁旗");
            assertThat(d.get("explanation").size()).isPositive();
        });
        assertThat(items(loggedIn(Role.COUNTY_GOVERNMENT, "152526"), "/api/deadlines?within=1", title))
                .as("not due within 1 working day")
                .isEmpty();
        assertThat(items(loggedIn(Role.PREFECTURE_STAFF, "152500"), "/api/deadlines", title))
                .as("the prefecture bureau supervises it")
                .singleElement()
                .satisfies(d -> assertThat(d.get("mine").asBoolean()).isFalse());
        assertThat(items(loggedIn(Role.COUNTY_GOVERNMENT, "152527"), "/api/deadlines", title))
                .as("another county")
                .isEmpty();
        assertThat(items(loggedIn(Role.PREFECTURE_GOVERNMENT, "152500"), "/api/deadlines", title))
                .as("in scope but not the role expected to act, and no supervisor")
                .isEmpty();
        assertThat(items(loggedIn(Role.PROVINCE_STAFF, "150000"), "/api/deadlines", title))
                .hasSize(1);
    }

    @Test
    void anOverdueDeadlineIsListedWithNegativeWorkingDays() {
        String title = "《太仆寺旗生态文明建设示范区规划》备案" + DeadlineJobIT.SUBJECT.get();
        deadlines.register(request(title, "152527", deadlines.today().minusDays(30), 5));

        assertThat(items(loggedIn(Role.COUNTY_GOVERNMENT, "152527"), "/api/deadlines?within=0", title))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.get("overdue").asBoolean()).isTrue();
                    assertThat(d.get("workingDaysLeft").asInt()).isNegative();
                });
    }

    @Test
    void aWithinOutsideTheRangeIsRefused() {
        Browser browser = loggedIn(Role.COUNTY_GOVERNMENT, "152527");
        assertThat(browser.get("/api/deadlines?within=251").status()).isEqualTo(400);
        assertThat(browser.get("/api/deadlines?within=abc").status()).isEqualTo(400);
    }
}
