package cn.ecozone.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.title.TitledSubjects;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The annual report list takes the same statements at 10 reports as at 1,000: copies of one report row
 * (each of its own year), told apart from other tests' by a marker in the subject name that {@code q} finds.
 */
@ApiTest
class ReportListStatementsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    CandidacyManagement candidacies;

    @Test
    void theListTakesTheSameStatementsAtTenAndAtAThousandReports() {
        String marker = "年报清单" + System.nanoTime();
        // the rows' title must exist (V101): one titled subject (石拐区, 150204) holds them all
        long titleId = new TitledSubjects(port, fixtures, jdbc, clock, candidacies)
                .innerMongolia(
                        "150204",
                        Role.COUNTY_GOVERNMENT,
                        "ECO_CIVILIZATION_ZONE",
                        LocalDate.now(clock.withZone(DossierTestSteps.BEIJING)).minusYears(1))
                .titleId();
        long template = template(titleId, marker);
        Clones.of(jdbc, "annual_report", template, 9, (i, row) -> row.put("report_year", 1001 + i));
        Browser province = new DossierTestSteps(port, fixtures).as(Role.PROVINCE_STAFF, "150000");
        String list = "/api/annual-reports?size=5&q=" + marker;

        JsonNode page = province.get(list).json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        assertThat(page.get("content").get(0).get("regionName").asString()).isEqualTo("和林格尔县");
        int atTen = province.statements(list);

        Clones.of(jdbc, "annual_report", template, 990, (i, row) -> row.put("report_year", 2001 + i));
        JsonNode full = province.get(list).json();
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(5);
        assertThat(province.statements(list)).isEqualTo(atTen);
        // filtered by state and year in the same statements
        assertThat(province.get(list + "&state=SUBMITTED")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1000);
        assertThat(province.get(list + "&year=1000").json().get("totalElements").asLong())
                .isEqualTo(1);
        assertThat(province.get(list + "&state=ACCEPTED")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();
        // Guizhou's province sees none of them
        assertThat(new DossierTestSteps(port, fixtures)
                        .as(Role.PROVINCE_STAFF, "520000")
                        .get(list)
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();
    }

    /** One report row of 和林格尔县, year 1000, written as the module writes it. */
    private long template(long titleId, String marker) {
        Timestamp now = Timestamp.from(Instant.parse("2026-01-05T02:00:00Z"));
        jdbc.update(
                "insert into annual_report (title_id, region_code, region_path, subject_name, programme,"
                        + " regulation_code, regulation_version, check_code, subject_level, report_year, due_on,"
                        + " due_from_setting, report_text, state, current_step, opened_by, opened_at, updated_at,"
                        + " version) values (?, '150123', '/150000/150100/150123/', ?, 'ECO_CIVILIZATION_ZONE',"
                        + " 'IM-ECOCIV-2022', 3, 'ANNUAL_PROGRESS', 'COUNTY', 1000, ?, false, '演示', 'SUBMITTED',"
                        + " 'REVIEW', 'fixture', ?, ?, 0)",
                titleId,
                marker + " 和林格尔县人民政府",
                java.sql.Date.valueOf("2026-03-31"),
                now,
                now);
        return jdbc.queryForObject(
                "select id from annual_report where subject_name = ?", Long.class, marker + " 和林格尔县人民政府");
    }
}
