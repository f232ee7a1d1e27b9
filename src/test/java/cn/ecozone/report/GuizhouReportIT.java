package cn.ecozone.report;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static cn.ecozone.report.ReportTestSteps.act;
import static cn.ecozone.report.ReportTestSteps.created;
import static cn.ecozone.report.ReportTestSteps.open;
import static cn.ecozone.report.ReportTestSteps.path;
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
import cn.ecozone.support.Together;
import cn.ecozone.title.TitledSubjects;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A Guizhou county's annual summary (GZ art. 18) over HTTP: due on the day the province set, it goes to
 * the municipal bureau and then the department; its Two Mountains Index scorecard is frozen at submission
 * and a later value change does not alter it; two municipal reviewers at once: one wins, the other 409.
 */
@ApiTest
class GuizhouReportIT {

    private static final String SETTINGS = "/api/report-settings";

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
    void aCountySummaryIsDueOnTheProvincesDayGoesToTheBureauThenTheDepartmentWithItsScorecardFrozen() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING));
        int year = today.getYear() - 1;
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, "520115");
        String value = "/api/indicator-values/GZ-2SZS-2021/520115/" + year + "/GZ-02";
        JsonNode entered = ok(county.put(value, Map.of("value", 97.0)));

        // the province sets its own due day (the rules say 定期); the shipped suggestion is silent
        Browser province = steps.as(Role.PROVINCE_STAFF, "520000");
        JsonNode setting = gzSetting(ok(province.get(SETTINGS)));
        assertThat(setting.get("suggestedMonthDay").asString()).isEqualTo("03-31");
        assertThat(setting.get("silent").asBoolean()).isTrue();
        assertThat(setting.get("dueNote").asString()).contains("定期");
        Map<String, Object> change = new HashMap<>();
        change.put("regulationCode", "GZ-TWOMTN-2021");
        change.put("checkCode", "ANNUAL_SUMMARY");
        change.put("monthDay", "13-45");
        change.put(
                "version",
                setting.get("version").isNull() ? null : setting.get("version").asLong());
        Response bad = province.put(SETTINGS, change);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("monthDay");
        change.put("monthDay", "02-15");
        JsonNode set = ok(province.put(SETTINGS, change));
        assertThat(set.get("monthDay").asString()).isEqualTo("02-15");
        // a second change with the version read before: 409
        assertThat(province.put(SETTINGS, change).status()).isEqualTo(409);
        // Inner Mongolia's staff do not see Guizhou's settings
        assertThat(ok(steps.as(Role.PROVINCE_STAFF, "150000").get(SETTINGS)).toString())
                .doesNotContain("GZ-TWOMTN-2021");

        TitledSubjects titled = new TitledSubjects(port, fixtures, jdbc, clock, candidacies);
        var title = titled.guizhou("520115", today.minusYears(1));
        JsonNode r = created(open(county, title.titleId(), year));
        assertThat(r.get("regulationVersion").asInt()).isEqualTo(4);
        assertThat(r.get("dueOn").asString()).isEqualTo((year + 1) + "-02-15");
        assertThat(r.get("dueFromSetting").asBoolean()).isTrue();
        assertThat(r.get("scorecardEdition").asString()).isEqualTo("GZ-2SZS-2021");

        r = ok(write(county, r, "演示：" + year + "年度“两山”实践创新基地建设工作总结。"));
        r = ok(act(county, r, "SUBMIT"));
        assertThat(r.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(r.get("currentStep").asString()).isEqualTo("MUNICIPAL_REVIEW");
        assertThat(valueOf(r.get("scorecard"), "GZ-02")).isEqualTo(97.0);
        assertThat(r.get("scorecard").get("year").asInt()).isEqualTo(year);
        // the submission closed the due date's deadline
        assertThat(jdbc.queryForObject(
                        "select count(*) from deadline where subject_type = 'ANNUAL_REPORT' and subject_id = ?"
                                + " and closed_at is null",
                        Integer.class,
                        r.get("id").asLong()))
                .isZero();

        // a later value change does not alter the frozen scorecard
        Map<String, Object> later = new HashMap<>();
        later.put("value", 80.0);
        later.put("version", entered.get("version").asLong());
        later.put("reason", "核对后更正");
        ok(county.put(value, later));
        assertThat(valueOf(ok(county.get(path(r))).get("scorecard"), "GZ-02")).isEqualTo(97.0);

        // two municipal reviewers at once: one accepts, the other is refused with 409
        long bureau = fixtures.organization(Fixtures.kindFor(Role.PREFECTURE_STAFF), "520100");
        Browser first = new Browser(port);
        first.login(fixtures.userIn(Role.PREFECTURE_STAFF, bureau), Fixtures.PASSWORD);
        Browser second = new Browser(port);
        second.login(fixtures.userIn(Role.PREFECTURE_STAFF, bureau), Fixtures.PASSWORD);
        JsonNode seen = ok(first.get(path(r)));
        var both =
                Together.run(() -> act(first, seen, "MUNICIPAL_REVIEW"), () -> act(second, seen, "MUNICIPAL_REVIEW"));
        assertThat(List.of(both.first().status(), both.second().status())).containsExactlyInAnyOrder(200, 409);

        r = ok(province.get(path(r)));
        assertThat(r.get("currentStep").asString()).isEqualTo("PROVINCE_REVIEW");
        r = ok(act(province, r, "PROVINCE_REVIEW"));
        assertThat(r.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(valueOf(r.get("scorecard"), "GZ-02")).isEqualTo(97.0);
    }

    private static JsonNode gzSetting(JsonNode settings) {
        for (JsonNode s : settings) {
            if (s.get("regulationCode").asString().equals("GZ-TWOMTN-2021")) {
                return s;
            }
        }
        throw new AssertionError("no Guizhou report setting in " + settings);
    }

    private static double valueOf(JsonNode scorecard, String code) {
        for (JsonNode row : scorecard.get("rows")) {
            if (row.get("code").asString().equals(code)) {
                return row.get("value").asDouble();
            }
        }
        throw new AssertionError("no row " + code + " in " + scorecard);
    }
}
