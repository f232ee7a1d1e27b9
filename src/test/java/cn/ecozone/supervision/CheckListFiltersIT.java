package cn.ecozone.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.ListExports;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.title.TitledSubjects;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The check list's search, filters and order (issue 14 §6) and its export with the same filters (§5),
 * over HTTP: three checks written by JDBC for 杭锦后旗's (150826) “两山” base, due in 2031 and 2032
 * (years no other test uses), told apart by a marker in the subject's name.
 */
@ApiTest
class CheckListFiltersIT {

    private static final String COUNTY = "150826";

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
    void theListSearchesFiltersSortsAndExportsWhatItShowsInScope() {
        var titled = new TitledSubjects(port, fixtures, jdbc, clock, candidacies)
                .innerMongolia(COUNTY, Role.COUNTY_GOVERNMENT, "TWO_MOUNTAINS_BASE", LocalDate.of(2022, 5, 10));
        String marker = "核查筛选" + System.nanoTime();
        check(titled.titleId(), marker + " 甲", "A", "SITE_CHECK", LocalDate.of(2031, 5, 10), "OPEN");
        check(titled.titleId(), marker + " 乙", "B", "POST_EVALUATION", LocalDate.of(2032, 5, 10), "CONCLUDED");
        check(titled.titleId(), marker + " 丙", "C", "SITE_CHECK", LocalDate.of(2031, 8, 1), "CONCLUDED");
        String user = fixtures.user(Role.PROVINCE_STAFF, "150000");
        Browser province = Browser.loggedIn(port, user);
        String q = "/api/supervision-checks?size=100&q=" + marker;

        assertThat(subjects(province, q + "&sort=due")).containsExactly(marker + " 甲", marker + " 丙", marker + " 乙");
        assertThat(subjects(province, q + "&sort=-due")).containsExactly(marker + " 乙", marker + " 丙", marker + " 甲");
        assertThat(subjects(province, q + "&year=2031&sort=due")).containsExactly(marker + " 甲", marker + " 丙");
        assertThat(subjects(province, q + "&kind=POST_EVALUATION")).containsExactly(marker + " 乙");
        assertThat(subjects(province, q + "&programme=ECO_CIVILIZATION_ZONE")).isEmpty();
        assertThat(subjects(province, "/api/supervision-checks?size=100&year=2032&q=杭锦后旗"))
                .as("the search finds the region's name too")
                .contains(marker + " 乙");
        Response bad = province.get("/api/supervision-checks?sort=region_path");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");

        ListExports.Exported exported = ListExports.download(
                province, "/api/supervision-checks/export?q=" + marker + "&state=CONCLUDED&sort=due", "称号后监管");
        assertThat(exported.column(2)).containsExactly(marker + " 丙", marker + " 乙");
        assertThat(exported.rows().get(0).get(4)).isEqualTo("现场核查");
        ListExports.audited(jdbc, user, "Check:export", "q=" + marker, "state=CONCLUDED");

        // out of scope: another league's staff and another province's see none of them
        Browser baotou = new DossierTestSteps(port, fixtures).as(Role.PREFECTURE_STAFF, "150200");
        Browser guizhou = new DossierTestSteps(port, fixtures).as(Role.PROVINCE_STAFF, "520000");
        assertThat(subjects(baotou, q)).isEmpty();
        assertThat(subjects(guizhou, q)).isEmpty();
        assertThat(subjects(new DossierTestSteps(port, fixtures).as(Role.PREFECTURE_STAFF, "150800"), q))
                .hasSize(3);
    }

    private void check(long titleId, String subject, String code, String kind, LocalDate due, String state) {
        String path = jdbc.queryForObject("select path from region where code = ?", String.class, COUNTY);
        jdbc.update(
                "insert into supervision_check (title_id, candidacy_id, region_code, region_path, subject_name,"
                        + " programme, check_code, kind, regulation_code, regulation_version, named_on,"
                        + " anniversary_on, due_on, opened_on, state, opened_at, version)"
                        + " values (?, 0, ?, ?, ?, 'TWO_MOUNTAINS_BASE', ?, ?, 'IM-TWOMTN-2022', 3,"
                        + " ?, ?, ?, ?, ?, ?, 0)",
                titleId,
                COUNTY,
                path,
                subject,
                "FILTER-" + subject + "-" + code,
                kind,
                Date.valueOf(LocalDate.of(2022, 5, 10)),
                Date.valueOf(due),
                Date.valueOf(due),
                Date.valueOf(due),
                state,
                Timestamp.from(clock.instant()));
    }

    private static List<String> subjects(Browser who, String url) {
        Response r = who.get(url);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        r.json().get("content").forEach(c -> names.add(c.get("subjectName").asString()));
        return names;
    }
}
