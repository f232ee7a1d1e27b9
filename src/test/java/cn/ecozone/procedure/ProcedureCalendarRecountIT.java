package cn.ecozone.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.procedure.ProcedureCommand.Act;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.EventDeliveries;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A step's deadline counted into the provisional 2027 (ADR 0014) follows the schedule the system admin
 * enters: the deadline list and the run show the date counted again from the start, and the
 * explanation says why. The year 2027 is put back as it was afterwards, since the application context
 * (and its database) is shared with {@code CalendarApiIT}, which starts from the provisional year.
 */
@ApiTest
class ProcedureCalendarRecountIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    RegionManagement regions;

    @Autowired
    EventDeliveries deliveries;

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Object> year2027;
    private List<Map<String, Object>> days2027;

    @BeforeEach
    void keep2027() {
        year2027 = jdbc.queryForMap("select source, provisional, version from calendar_year where cal_year = 2027");
        days2027 = jdbc.queryForList("select cal_date, kind, holiday from calendar_day where notice_year = 2027");
    }

    @AfterEach
    void restore2027() {
        jdbc.update("delete from calendar_day where notice_year = 2027");
        for (Map<String, Object> d : days2027) {
            jdbc.update(
                    "insert into calendar_day (cal_date, kind, holiday, notice_year) values (?, ?, ?, 2027)",
                    d.get("cal_date"),
                    d.get("kind"),
                    d.get("holiday"));
        }
        jdbc.update(
                "update calendar_year set source = ?, provisional = ?, version = ? where cal_year = 2027",
                year2027.get("source"),
                year2027.get("provisional"),
                year2027.get("version"));
    }

    @Test
    void aStepDeadlineInto2027IsCountedAgainWhenTheAdminEntersTheYearsNotice() {
        Region county = regions.require("640104");
        Actor subject = Runs.actor(Role.COUNTY_GOVERNMENT, county, 1);
        ProcedureSubject s = Runs.subject(county);
        RunView started = procedures.start(s, Runs.chain(), subject);
        // submitted Thu 2026-12-31: 5 working days from the next day skip 元旦 on 2027-01-01 (and the weekend)
        RunView run = procedures.act(
                new Act(started.id(), started.version(), null, null, null, List.of(), List.of()),
                LocalDate.parse("2026-12-31"),
                subject);
        Browser league = new Browser(port);
        league.login(fixtures.user(Role.PREFECTURE_STAFF, "640100"), Fixtures.PASSWORD);
        JsonNode before = deadlineOf(league, s.id());
        assertThat(before.get("dueDate").asString()).isEqualTo("2027-01-08");

        // the published notice: 元旦 from Fri 01-01 to Mon 01-04
        Browser admin = new Browser(port);
        admin.login(fixtures.user(Role.SYSTEM_ADMIN, "150000"), Fixtures.PASSWORD);
        long version =
                admin.get("/api/calendar/years/2027").json().get("version").asLong();
        Response published = admin.put(
                "/api/calendar/years/2027",
                Map.of(
                        "source",
                        "国务院办公厅关于2027年部分节假日安排的通知（测试）",
                        "holidays",
                        List.of(Map.of("name", "元旦", "from", "2027-01-01", "to", "2027-01-04")),
                        "version",
                        version));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        deliveries.awaitSettled();

        JsonNode after = deadlineOf(league, s.id());
        assertThat(after.get("dueDate").asString()).isEqualTo("2027-01-11");
        List<String> lines = new java.util.ArrayList<>();
        after.get("explanation").forEach(l -> lines.add(l.asString()));
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("暂定"));
        assertThat(lines.getLast()).contains("2027年的节假日安排已更新").contains("2027-01-08");
        JsonNode runNow = league.get("/api/procedure-runs/" + run.id()).json();
        assertThat(runNow.get("deadline").get("due").asString()).isEqualTo("2027-01-11");
    }

    private static JsonNode deadlineOf(Browser who, long subjectId) {
        for (int page = 0; ; page++) {
            Response list = who.get("/api/deadlines?within=250&size=100&page=" + page);
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            JsonNode content = list.json().get("content");
            for (JsonNode d : content) {
                if ("TEST".equals(d.get("subjectType").asString())
                        && d.get("subjectId").asLong() == subjectId) {
                    return d;
                }
            }
            if (content.size() < 100) {
                break;
            }
        }
        throw new AssertionError("no deadline of TEST " + subjectId);
    }
}
