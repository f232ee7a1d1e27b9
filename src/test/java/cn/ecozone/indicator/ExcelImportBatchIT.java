package cn.ecozone.indicator;

import static cn.ecozone.indicator.ExcelImportIT.EDITION;
import static cn.ecozone.indicator.ExcelImportIT.importAndWait;
import static cn.ecozone.indicator.ExcelTestWorkbooks.row;
import static cn.ecozone.indicator.ExcelTestWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.indicator.internal.Values;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.CountingStatements;
import cn.ecozone.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The save of an Excel import (issue 10, ADR 0015): values and their history rows go to the database
 * in JDBC batches, a chunk at a time, and the save stays all or nothing also when a late chunk fails.
 * Each test works in its own county (of 六盘水市, and 锦屏县), apart from the other import tests.
 */
@ApiTest
class ExcelImportBatchIT {

    /**
     * Percentage indicators of the Guizhou edition (years 2020–2035), without GZ-01: its target is the
     * provincial average, which other tests compute from the values of all Guizhou counties.
     */
    static final List<String> PERCENTAGES = List.of(
            "GZ-02", "GZ-03", "GZ-04", "GZ-05", "GZ-06", "GZ-07", "GZ-11", "GZ-12", "GZ-13", "GZ-14", "GZ-15", "GZ-17",
            "GZ-20");

    /** A value the failing-save test makes the database refuse (its check constraint names it too). */
    static final double REFUSED = 42.4242;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Values values;

    @Autowired
    JdbcTemplate jdbc;

    Browser county(String region) {
        Browser browser = new Browser(port);
        assertThat(browser.login(fixtures.user(Role.COUNTY_GOVERNMENT, region), Fixtures.PASSWORD)
                        .status())
                .isEqualTo(200);
        return browser;
    }

    /** A row per indicator of {@code indicators} and year from {@code first} to {@code last}. */
    static List<List<Object>> rows(String county, List<String> indicators, int first, int last) {
        List<List<Object>> rows = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            for (int i = 0; i < indicators.size(); i++) {
                rows.add(row(county, year, indicators.get(i), 50 + i + (year - first) / 100.0, null, "统计公报"));
            }
        }
        return rows;
    }

    int held(String county) {
        return values.forRegion(EDITION, county, 2020, 2035).size();
    }

    int histories(String county) {
        return jdbc.queryForObject(
                "select count(*) from indicator_value_history h join indicator_value v on v.id = h.value_id"
                        + " where v.edition_code = ? and v.region_code = ?",
                Integer.class,
                EDITION,
                county);
    }

    @Test
    void theValuesOfAYearAndTheirHistoryGoOutInOneBatchEachWhateverTheirNumber() {
        Browser few = county("520201"); // 钟山区
        Browser more = county("520203"); // 六枝特区
        int[] fewStatements = statements(few, rows("520201", PERCENTAGES.subList(0, 3), 2024, 2025));
        int[] moreStatements = statements(more, rows("520203", PERCENTAGES, 2024, 2025));

        // one insert into each table per year (a chunk), not one per value: 2 and 2, for 6 and for 26 values
        assertThat(fewStatements).containsExactly(2, 2);
        assertThat(moreStatements).containsExactly(2, 2);
        assertThat(held("520203")).isEqualTo(26);
        assertThat(histories("520203")).isEqualTo(26);
    }

    /** Imports, expects success, and counts the prepared inserts into the value table and the history. */
    int[] statements(Browser browser, List<List<Object>> rows) {
        byte[] workbook = workbook(rows);
        int[] history = new int[1];
        int valueInserts = CountingStatements.startingWith(
                "insert into indicator_value ",
                () -> history[0] = CountingStatements.startingWith("insert into indicator_value_history ", () -> {
                    JsonNode done = importAndWait(browser, workbook);
                    assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("SUCCEEDED");
                    assertThat(done.get("saved").asInt()).isEqualTo(rows.size());
                }));
        return new int[] {valueInserts, history[0]};
    }

    @Test
    void theAuditRecordsOfAnImportGoOutInOneBatchAtItsCommit() {
        String county = "522628"; // 锦屏县
        Browser browser = county(county);
        List<List<Object>> rows = rows(county, PERCENTAGES, 2020, 2035);
        JsonNode[] done = new JsonNode[1];

        // 16 years: one audit record each, all sent in one batch at the commit (the chain head is locked
        // once, so nothing flushes them one by one before it); the upload request has its own record
        int inserts = CountingStatements.startingWith(
                "insert into audit_record ", () -> done[0] = importAndWait(browser, workbook(rows)));

        assertThat(done[0].get("state").asString()).as(done[0].toString()).isEqualTo("SUCCEEDED");
        String job = done[0].get("jobId").asString();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where reason like ?", Integer.class, "%" + job + "%"))
                .isEqualTo(16);
        assertThat(inserts).isEqualTo(1 + 1);
    }

    @Test
    void aSaveThatTheDatabaseRefusesInItsLastChunkLeavesNoValueAndNoHistory() {
        String county = "520204"; // 水城区
        Browser browser = county(county);
        List<List<Object>> rows = rows(county, PERCENTAGES, 2020, 2035);
        // the last row of the last year (chunk 16 of 16) holds the value the database refuses
        rows.set(rows.size() - 1, row(county, 2035, PERCENTAGES.getLast(), REFUSED, null, null));
        jdbc.execute(
                "alter table indicator_value add constraint excel_batch_it_refused check (number_value <> 42.4242)");
        JsonNode done;
        try {
            done = importAndWait(browser, workbook(rows));
        } finally {
            jdbc.execute("alter table indicator_value drop constraint excel_batch_it_refused");
        }

        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("FAILED");
        assertThat(done.get("saved").asInt()).isZero();
        // the first 15 chunks were flushed before the refusal; the rollback took them back
        assertThat(done.get("writtenRows").asInt()).isZero();
        assertThat(held(county)).isZero();
        assertThat(histories(county)).isZero();

        // the same workbook without the refusal saves every value, each with its history row
        JsonNode again = importAndWait(browser, workbook(rows));
        assertThat(again.get("state").asString()).as(again.toString()).isEqualTo("SUCCEEDED");
        assertThat(held(county)).isEqualTo(rows.size());
        assertThat(histories(county)).isEqualTo(rows.size());
    }

    @Test
    void aWorkbookWhoseLastRowIsWrongSavesNothing() {
        String county = "520281"; // 盘州市
        Browser browser = county(county);
        List<List<Object>> rows = rows(county, PERCENTAGES, 2020, 2035);
        rows.set(rows.size() - 1, row(county, 2035, PERCENTAGES.getLast(), 150, null, null)); // above 100 %

        JsonNode done = importAndWait(browser, workbook(rows));

        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("FAILED");
        assertThat(done.get("errorCount").asInt()).isEqualTo(1);
        assertThat(held(county)).isZero();
        assertThat(histories(county)).isZero();
    }
}
