package cn.ecozone.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.title.TitledSubjects;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The public progress page of a titled area (issue 13 §7) over HTTP, without a login: the years since
 * naming (at most 5) whose submission is confirmed, nothing of an unconfirmed year, each indicator with
 * its series and Open SDG category; 404 for an area without the title; statements that do not grow with
 * indicators × years. Values and submissions are written by JDBC as the indicator module keeps them.
 */
@ApiTest
class PublicProgressIT {

    private static final String EDITION = "GZ-2SZS-2021";
    private static final String COUNTY = "522731";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CandidacyManagement candidacies;

    @Test
    void thePublicSeesOnlyConfirmedYearsSinceNamingByCategoryAndStatementsStayFlat() {
        int y = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING)).getYear();
        // named 6 years ago: the page shows the last 5 years only (y-4 … y)
        new TitledSubjects(port, fixtures, jdbc, clock, candidacies).guizhou(COUNTY, LocalDate.of(y - 6, 3, 1));
        value("GZ-05", y - 5, 80); // confirmed, but more than 5 years back
        value("GZ-05", y - 3, 92);
        value("GZ-05", y - 2, 93);
        value("GZ-05", y - 1, 99); // not confirmed: the public must not see it
        value("GZ-02", y - 3, 100);
        value("GZ-02", y - 2, 100);
        submission(y - 5, "CONFIRMED");
        submission(y - 3, "CONFIRMED");
        submission(y - 2, "CONFIRMED");
        submission(y - 1, "SUBMITTED");

        Browser anybody = new Browser(port);
        String path = "/api/public/progress/" + COUNTY + "?programme=TWO_MOUNTAINS_BASE";
        Response r = anybody.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode page = r.json();
        assertThat(page.get("edition").asString()).isEqualTo(EDITION);
        JsonNode progress = page.get("progress");
        assertThat(progress.get("fromYear").asInt()).isEqualTo(y - 4);
        assertThat(progress.get("confirmedYears")).extracting(JsonNode::asInt).containsExactly(y - 3, y - 2);

        JsonNode farmland = row(progress, "GZ-05");
        assertThat(farmland.get("series"))
                .extracting(p -> p.get("year").asInt())
                .containsExactly(y - 3, y - 2);
        assertThat(farmland.get("series"))
                .extracting(p -> p.get("value").asDouble())
                .containsExactly(92.0, 93.0);
        assertThat(r.body()).doesNotContain("99.0");
        assertThat(farmland.get("status").asString()).isEqualTo("NOT_MET");
        // a standing target (>95%) missed but approached: acceleration needed
        assertThat(farmland.get("category").asString()).isEqualTo("ACCELERATION_NEEDED");
        assertThat(row(progress, "GZ-02").get("category").asString()).isEqualTo("ACHIEVED");
        assertThat(page.get("categories").get("ACHIEVED").asInt()).isGreaterThanOrEqualTo(1);

        int few = anybody.statements(path);
        // every indicator of the edition, in every year of the span, confirmed
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            codes.add(String.format("GZ-%02d", i));
        }
        for (int year = y - 4; year <= y - 2; year++) {
            for (String code : codes) {
                if (jdbc.queryForObject(
                                "select count(*) from indicator_value where edition_code = ? and indicator_code = ?"
                                        + " and region_code = ? and data_year = ?",
                                Long.class,
                                EDITION,
                                code,
                                COUNTY,
                                year)
                        == 0) {
                    value(code, year, 50);
                }
            }
        }
        submission(y - 4, "CONFIRMED");
        JsonNode full = anybody.get(path).json();
        assertThat(full.get("progress").get("confirmedYears")).hasSize(3);
        assertThat(anybody.statements(path)).isEqualTo(few);
    }

    @Test
    void aRegionWithoutTheTitleHasNoPublicPage() {
        Browser anybody = new Browser(port);
        assertThat(anybody.get("/api/public/progress/522730?programme=ECO_CIVILIZATION_ZONE")
                        .status())
                .isEqualTo(404);
        assertThat(anybody.get("/api/public/progress/522730").status()).isEqualTo(400);
    }

    private static JsonNode row(JsonNode progress, String code) {
        for (JsonNode r : progress.get("rows")) {
            if (r.get("code").asString().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row " + code + " in " + progress);
    }

    private void value(String indicator, int year, double number) {
        jdbc.update(
                "insert into indicator_value (edition_code, indicator_code, region_code, region_path, unit_id,"
                        + " data_year, number_value, entered_by, entered_at, synthetic, version)"
                        + " values (?, ?, ?, ?, 0, ?, ?, 'fixture', ?, false, 0)",
                EDITION,
                indicator,
                COUNTY,
                path(),
                year,
                number,
                Timestamp.from(clock.instant()));
    }

    private void submission(int year, String state) {
        jdbc.update(
                "insert into indicator_submission (edition_code, region_code, region_path, unit_id, data_year, state,"
                        + " version) values (?, ?, ?, 0, ?, ?, 0)",
                EDITION,
                COUNTY,
                path(),
                year,
                state);
    }

    private String path() {
        return jdbc.queryForObject("select path from region where code = ?", String.class, COUNTY);
    }
}
