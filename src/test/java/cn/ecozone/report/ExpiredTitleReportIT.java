package cn.ecozone.report;

import static cn.ecozone.report.ReportTestSteps.created;
import static cn.ecozone.report.ReportTestSteps.open;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.title.TitledSubjects;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An expired (not revoked) title and the annual report (IM eco-civ art. 17: the duty of 获得荣誉称号的示范区;
 * validity 3 years, silent): the subject still reports on a year within the validity, but a year after the
 * validity ended is refused (409 naming {@code year}, in natural Chinese with the article) and nothing is
 * opened.
 */
@ApiTest
class ExpiredTitleReportIT {

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
    void anExpiredTitleReportsOnItsValidYearsButNotOnAYearAfterTheValidity() {
        LocalDate today = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING));
        // named five years ago on 1 June: valid three years, so the validity ended in the year before last
        LocalDate namedOn = LocalDate.of(today.getYear() - 5, 6, 1);
        TitledSubjects titled = new TitledSubjects(port, fixtures, jdbc, clock, candidacies);
        var title = titled.innerMongolia("150223", Role.COUNTY_GOVERNMENT, "ECO_CIVILIZATION_ZONE", namedOn);
        LocalDate validUntil =
                jdbc.queryForObject("select valid_until from title where id = ?", LocalDate.class, title.titleId());
        assertThat(validUntil.getYear()).isEqualTo(today.getYear() - 2);
        Browser county = new DossierTestSteps(port, fixtures).as(Role.COUNTY_GOVERNMENT, "150223");

        Response after = open(county, title.titleId(), today.getYear() - 1);
        assertThat(after.status()).as(after.toString()).isEqualTo(409);
        assertThat(after.body()).contains("year", "届满", "第十七条", String.valueOf(today.getYear() - 1));
        assertThat(jdbc.queryForObject(
                        "select count(*) from annual_report where title_id = ?", Integer.class, title.titleId()))
                .isZero();

        // the years within the validity are still reported
        JsonNode within = created(open(county, title.titleId(), validUntil.getYear()));
        assertThat(within.get("year").asInt()).isEqualTo(validUntil.getYear());
    }
}
