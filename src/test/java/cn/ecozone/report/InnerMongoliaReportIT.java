package cn.ecozone.report;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static cn.ecozone.report.ReportTestSteps.act;
import static cn.ecozone.report.ReportTestSteps.created;
import static cn.ecozone.report.ReportTestSteps.open;
import static cn.ecozone.report.ReportTestSteps.path;
import static cn.ecozone.report.ReportTestSteps.returnWith;
import static cn.ecozone.report.ReportTestSteps.write;
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
 * An Inner Mongolia county's annual report (IM eco-civ art. 17) over HTTP: opened under the latest
 * regulation version, refused without its text (REPORT_COMPLETE), returned by the league bureau with a
 * reason, submitted again and accepted; other counties and leagues do not see it, administrators are refused.
 */
@ApiTest
class InnerMongoliaReportIT {

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
    void aCountyReportIsReturnedByTheLeagueBureauWithAReasonSubmittedAgainAndAccepted() {
        TitledSubjects titled = new TitledSubjects(port, fixtures, jdbc, clock, candidacies);
        LocalDate today = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING));
        int year = today.getYear() - 1;
        var title =
                titled.innerMongolia("150121", Role.COUNTY_GOVERNMENT, "ECO_CIVILIZATION_ZONE", today.minusYears(1));
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, "150121");

        JsonNode r = created(open(county, title.titleId(), year));
        assertThat(r.get("state").asString()).isEqualTo("OPEN");
        assertThat(r.get("regulationCode").asString()).isEqualTo("IM-ECOCIV-2022");
        assertThat(r.get("regulationVersion").asInt()).isEqualTo(3);
        assertThat(r.get("article").asString()).isEqualTo("第十七条");
        assertThat(r.get("dueOn").asString()).isEqualTo((year + 1) + "-03-31");
        assertThat(r.get("dueFromSetting").asBoolean()).isFalse();
        assertThat(r.get("dueNote").asString()).contains("按要求");
        assertThat(r.get("editable").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject(
                                "select due_date from deadline where subject_type = 'ANNUAL_REPORT' and subject_id = ?",
                                java.sql.Date.class,
                                r.get("id").asLong())
                        .toLocalDate())
                .isEqualTo(LocalDate.parse(r.get("dueOn").asString()));
        // a second report of the same year: 409
        assertThat(open(county, title.titleId(), year).status()).isEqualTo(409);
        // a year not yet past: 400 naming the field
        Response future = open(county, title.titleId(), today.getYear());
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("year");

        // without its text the report cannot be submitted: 409 naming the requirement, nothing frozen
        Response refused = act(county, r, "SUBMIT");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("requirement-unmet");
        assertThat(refused.json().get("detail").asString()).contains("REPORT_COMPLETE");
        JsonNode unchanged = ok(county.get(path(r)));
        assertThat(unchanged.get("state").asString()).isEqualTo("OPEN");
        assertThat(unchanged.get("frozenAt").isNull()).isTrue();

        r = ok(write(county, r, "演示：" + year + "年度生态文明建设示范区工作进展。"));
        r = ok(act(county, r, "SUBMIT"));
        assertThat(r.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(r.get("currentStep").asString()).isEqualTo("REVIEW");
        assertThat(r.get("frozenAt").isNull()).isFalse();
        // IM eco-civ names no indicator edition for counties: nothing to freeze, the view says so
        assertThat(r.get("scorecardEdition").isNull()).isTrue();
        assertThat(r.get("projects").isArray()).isTrue();
        // the subject can no longer edit
        assertThat(write(county, r, "改写").status()).isEqualTo(409);

        Browser league = steps.as(Role.PREFECTURE_STAFF, "150100");
        r = ok(returnWith(league, ok(league.get(path(r))), "REVIEW", "请补充重点项目进展"));
        assertThat(r.get("state").asString()).isEqualTo("RETURNED");
        JsonNode back = ok(county.get(path(r)));
        assertThat(back.get("returnReason").asString()).isEqualTo("请补充重点项目进展");
        assertThat(back.get("editable").asBoolean()).isTrue();
        // a return needs its reason
        r = ok(write(county, back, "演示：补充了重点项目进展。"));
        r = ok(act(county, r, "SUBMIT"));
        assertThat(returnWith(league, ok(league.get(path(r))), "REVIEW", " ").status())
                .isEqualTo(400);

        r = ok(act(league, ok(league.get(path(r))), "REVIEW"));
        assertThat(r.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(r.get("text").asString()).contains("补充了重点项目进展");

        // the list of the league holds it, filtered by year and state and found by name
        JsonNode list = ok(league.get("/api/annual-reports?year=" + year + "&state=ACCEPTED&region=150121"));
        assertThat(list.get("totalElements").asLong()).isEqualTo(1);
        assertThat(list.get("content").get(0).get("regionName").asString()).isEqualTo("土默特左旗");

        // another county and another league see nothing of it
        assertThat(steps.as(Role.COUNTY_GOVERNMENT, "150122").get(path(r)).status())
                .isEqualTo(404);
        assertThat(steps.as(Role.PREFECTURE_STAFF, "150200").get(path(r)).status())
                .isEqualTo(404);
        assertThat(steps.as(Role.COUNTY_GOVERNMENT, "150122")
                        .get("/api/annual-reports?region=150121")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();
        // another county may not open a report on this title (outside its scope: 404)
        assertThat(open(steps.as(Role.COUNTY_GOVERNMENT, "150122"), title.titleId(), year - 1)
                        .status())
                .isEqualTo(404);
        // the three administrators see no business data
        for (Role admin : new Role[] {Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN}) {
            assertThat(steps.as(admin, "150000").get(path(r)).status()).isEqualTo(403);
            assertThat(steps.as(admin, "150000").get("/api/annual-reports").status())
                    .isEqualTo(403);
        }
    }
}
