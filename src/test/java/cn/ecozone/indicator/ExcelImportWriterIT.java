package cn.ecozone.indicator;

import static cn.ecozone.indicator.ExcelImportBatchIT.PERCENTAGES;
import static cn.ecozone.indicator.ExcelImportIT.EDITION;
import static cn.ecozone.indicator.ExcelImportIT.importAndWait;
import static cn.ecozone.indicator.ExcelTestWorkbooks.row;
import static cn.ecozone.indicator.ExcelTestWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.indicator.internal.ValueHistories;
import cn.ecozone.indicator.internal.ValueHistoryEntity;
import cn.ecozone.indicator.internal.ValueRows;
import cn.ecozone.indicator.internal.Values;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.CountingStatements;
import cn.ecozone.support.Fixtures;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the import's JDBC writer of values and history rows guarantees (issue 10, ADR 0022): the
 * columns, versions and history rows an entry through the form writes, ids that never collide with
 * entities, and no write over a change made since the read; and that the progress bar is reported at
 * a pace, not per chunk. Each test works in its own county of 黔东南州, apart from the other tests.
 */
@ApiTest
class ExcelImportWriterIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Values values;

    @Autowired
    ValueHistories histories;

    @Autowired
    ValueRows valueRows;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @PersistenceContext
    EntityManager entityManager;

    Browser county(String region) {
        Browser browser = new Browser(port);
        assertThat(browser.login(fixtures.user(Role.COUNTY_GOVERNMENT, region), Fixtures.PASSWORD)
                        .status())
                .isEqualTo(200);
        return browser;
    }

    ValueEntity value(String county, String indicator, int year) {
        return values.find(EDITION, indicator, county, year).orElseThrow();
    }

    @Test
    void importedValuesHaveTheColumnsVersionsAndHistoryOfAFormEntryAndIdsApartFromIt() {
        String county = "522629"; // 剑河县
        String importer = fixtures.user(Role.COUNTY_GOVERNMENT, county);
        Browser browser = new Browser(port);
        assertThat(browser.login(importer, Fixtures.PASSWORD).status()).isEqualTo(200);
        assertThat(browser.put(
                                "/api/indicator-values/" + EDITION + "/" + county + "/2024/GZ-13",
                                Map.of("value", 40.0, "source", "公报"))
                        .status())
                .isEqualTo(200);
        ValueEntity entered = value(county, "GZ-13", 2024);

        JsonNode first = importAndWait(
                browser,
                workbook(List.of(
                        row(county, 2024, "GZ-02", 50, null, "统计公报"),
                        row(county, 2024, "GZ-03", 51, null, null),
                        row(county, 2025, "GZ-02", 52, null, null))));
        assertThat(first.get("state").asString()).as(first.toString()).isEqualTo("SUCCEEDED");

        // new values: version 0, the importer, the region's own value (unit 0) under its path, not demo data
        ValueEntity gz02 = value(county, "GZ-02", 2024);
        assertThat(List.of(gz02, value(county, "GZ-03", 2024), value(county, "GZ-02", 2025)))
                .allSatisfy(v -> {
                    assertThat(v.version()).isZero();
                    assertThat(v.enteredBy()).isEqualTo(importer);
                    assertThat(v.enteredAt()).isNotNull();
                    assertThat(v.unitId()).isZero();
                    assertThat(v.regionPath()).isEqualTo(entered.regionPath());
                    assertThat(v.synthetic()).isFalse();
                    assertThat(v.id()).isNotEqualTo(entered.id());
                });
        assertThat(gz02.numberValue()).isEqualTo(50);
        assertThat(gz02.source()).isEqualTo("统计公报");

        // a second import changes an imported value and the form's value: each one version more, old → new
        JsonNode second = importAndWait(
                browser,
                workbook(List.of(
                        row(county, 2024, "GZ-02", 60, null, "统计公报"), row(county, 2024, "GZ-13", 41, null, "公报"))));
        assertThat(second.get("state").asString()).as(second.toString()).isEqualTo("SUCCEEDED");
        assertThat(second.get("saved").asInt()).isEqualTo(2);
        assertThat(value(county, "GZ-02", 2024).version()).isEqualTo(1);
        assertThat(value(county, "GZ-02", 2024).numberValue()).isEqualTo(60);
        assertThat(value(county, "GZ-13", 2024).version()).isEqualTo(entered.version() + 1);
        assertThat(histories.findByValueIdOrderByChangedAtDesc(gz02.id()))
                .extracting(ValueHistoryEntity::oldValue, ValueHistoryEntity::newValue, ValueHistoryEntity::reason)
                .containsExactlyInAnyOrder(tuple(null, "50", "Excel导入"), tuple("50", "60", "Excel导入"));
        assertThat(histories.findByValueIdOrderByChangedAtDesc(entered.id()))
                .extracting(ValueHistoryEntity::oldValue, ValueHistoryEntity::newValue)
                .contains(tuple("40", "41"));

        // the form still enters new values after the import: its ids come from the same pooled sequence
        assertThat(browser.put("/api/indicator-values/" + EDITION + "/" + county + "/2025/GZ-13", Map.of("value", 42.0))
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(distinct id) from indicator_value where region_code = ?", Integer.class, county))
                .isEqualTo(5);
    }

    @Test
    void theWriterChangesNoValueThatWasChangedSinceItWasRead() {
        String county = "522630"; // 台江县
        Browser browser = county(county);
        assertThat(browser.put("/api/indicator-values/" + EDITION + "/" + county + "/2024/GZ-02", Map.of("value", 70.0))
                        .status())
                .isEqualTo(200);

        transaction.executeWithoutResult(status -> {
            ValueEntity read = value(county, "GZ-02", 2024);
            entityManager.detach(read);
            // another change comes first (as a form entry would: one version more)
            jdbc.update("update indicator_value set version = version + 1 where id = ?", read.id());
            read.enter(71.0, null, null, null, null, "writer-it", null, Instant.now());

            assertThatThrownBy(() -> valueRows.update(List.of(read)))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            status.setRollbackOnly();
        });
        assertThat(value(county, "GZ-02", 2024).numberValue()).isEqualTo(70);
    }

    @Test
    void aSaveOfSixteenChunksWithTheClockStandingStillReportsItsProgressOncePerPhase() {
        String county = "522626"; // 岑巩县
        Browser browser = county(county);
        // 16 years × 13 indicators: 208 rows, 16 chunks of the save; the test clock does not move
        byte[] workbook = workbook(ExcelImportBatchIT.rows(county, PERCENTAGES, 2020, 2035));
        JsonNode[] done = new JsonNode[1];

        int reports = CountingStatements.startingWith(
                "update indicator_import_job set processed_rows", () -> done[0] = importAndWait(browser, workbook));

        assertThat(done[0].get("state").asString()).as(done[0].toString()).isEqualTo("SUCCEEDED");
        assertThat(done[0].get("writtenRows").asInt()).isEqualTo(208);
        // one report while validating, one while saving (the first of each phase); 16 chunks, not 16 reports
        assertThat(reports).isEqualTo(2);
    }
}
