package cn.ecozone.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox's search, filters, order and export over HTTP (issue 14 §5, §6). Two runs of this test's
 * own subject type wait at the league's examination in two counties of 海东市 (630200): one under a
 * regulation of the eco-civilization programme, due in 3 days, the other under a test definition,
 * overdue since yesterday.
 */
@ApiTest
class InboxFiltersIT {

    private static final String TYPE = "INBOX_FILTER";

    @LocalServerPort
    int port;

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    RegionManagement regions;

    @Autowired
    DeadlineManagement deadlines;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFiltersNarrowTheInboxTheOrderIsTheAskedOneAndTheExportWritesWhatItShows() throws IOException {
        Region huzhu = regions.require("630223");
        Region hualong = regions.require("630224");
        String leagueUser = fixtures.user(Role.PREFECTURE_STAFF, "630200");
        String ecoCivilization = waitingRun(huzhu, "IM-ECOCIV-2022/application/COUNTY", "收件箱筛选 A");
        String other = waitingRun(hualong, "TEST/application/COUNTY", "收件箱筛选 B");
        LocalDate today = deadlines.today();
        due(ecoCivilization, today.plusDays(3));
        due(other, today.minusDays(1));
        Browser league = Browser.loggedIn(port, leagueUser);

        assertThat(titles(league, "")).containsExactly(other, ecoCivilization);
        assertThat(titles(league, "&programme=ECO_CIVILIZATION_ZONE")).containsExactly(ecoCivilization);
        assertThat(titles(league, "&programme=TWO_MOUNTAINS_AREA")).isEmpty();
        assertThat(titles(league, "&regulation=IM-ECOCIV-2022")).containsExactly(ecoCivilization);
        assertThat(titles(league, "&regionCode=630224")).containsExactly(other);
        assertThat(titles(league, "&stepKind=EXAMINE")).containsExactly(other, ecoCivilization);
        assertThat(titles(league, "&stepKind=DECIDE")).isEmpty();
        assertThat(titles(league, "&due=SOON")).containsExactly(ecoCivilization);
        assertThat(titles(league, "&due=OVERDUE")).containsExactly(other);
        assertThat(titles(league, "&overdue=true")).containsExactly(other);
        assertThat(titles(league, "&due=NONE")).isEmpty();
        // the search finds a title or a region's name, and its wildcards are literal
        assertThat(titles(league, "&q=化隆")).containsExactly(other);
        assertThat(titles(league, "&q=筛选%20A")).containsExactly(ecoCivilization);
        assertThat(titles(league, "&q=_")).isEmpty();
        assertThat(titles(league, "&sort=title")).containsExactly(ecoCivilization, other);
        assertThat(titles(league, "&sort=-title")).containsExactly(other, ecoCivilization);
        assertThat(titles(league, "&sort=-due")).containsExactly(ecoCivilization, other);

        assertRefused(league, "&sort=subject_title", "sort");
        assertRefused(league, "&regulation=NO-SUCH-RULES", "regulation");
        assertRefused(league, "&stepKind=SIGN", "stepKind");
        assertRefused(league, "&due=LATER", "due");

        byte[] xlsx = league.download("/api/procedures/inbox/export?subjectType=" + TYPE + "&sort=-title");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("我的待办");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(other);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("化隆回族自治县");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("审核");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("已逾期");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(ecoCivilization);
        }
        assertThat(jdbc.queryForList(
                        "select reason from audit_record where username = ? and target = 'Inbox:export'",
                        String.class,
                        leagueUser))
                .singleElement()
                .asString()
                .contains("subjectType=" + TYPE, "sort=-title");

        // another league sees neither, however it filters
        Browser otherLeague = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "630100"));
        assertThat(titles(otherLeague, "&regionCode=630224")).isEmpty();
    }

    /** The titles of this test's tasks in the league's inbox with {@code more} parameters. */
    private static List<String> titles(Browser browser, String more) {
        Response page = browser.get("/api/procedures/inbox?size=100&subjectType=" + TYPE + more);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("content").findValuesAsString("subjectTitle");
    }

    private static void assertRefused(Browser browser, String more, String field) {
        Response refused = browser.get("/api/procedures/inbox?subjectType=" + TYPE + more);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"" + field + "\"");
    }

    /** A run of {@code definitionCode} submitted by the county, so that it waits at the league's examination. */
    private String waitingRun(Region county, String definitionCode, String title) {
        long id = System.nanoTime();
        Actor submitter = Runs.actor(Role.COUNTY_GOVERNMENT, county, 1);
        ProcedureDefinition definition =
                new ProcedureDefinition(definitionCode, 1, Runs.chain().steps());
        RunView run = procedures.start(
                new ProcedureSubject(TYPE, id, county.code(), county.path(), title, "/tests/" + id),
                definition,
                submitter);
        procedures.act(new ProcedureCommand.Act(run.id(), run.version(), null, null, null, null, null), submitter);
        return title;
    }

    /** Sets the open task's due date of the run titled {@code title}. */
    private void due(String title, LocalDate date) {
        jdbc.update(
                "update procedure_task set due_date = ? where state = 'OPEN' and run_id ="
                        + " (select id from procedure_run where subject_title = ?)",
                date,
                title);
    }
}
