package cn.ecozone.enforcement;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rectification and proposal lists' search, filters and order (issue 14 §6) and their exports with
 * the same filters (§5), over HTTP: three rows each, written by JDBC in 巴彦淖尔市's 五原县 (150821),
 * 磴口县 (150822) and 乌拉特前旗 (150823), in 2031 and 2032 (years no other test uses), told apart from
 * other tests' rows by a marker in the subject's name.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnforcementListFiltersIT {

    /** The titled subject the rows name (磴口县's “两山” base; no other test titles it). */
    private static final String TITLED = "150822";

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

    private String marker;
    private Browser province;

    @BeforeAll
    void rows() {
        province = new DossierTestSteps(port, fixtures).as(Role.PROVINCE_STAFF, "150000");
        marker = "清单筛选" + System.nanoTime();
        var title = new TitledSubjects(port, fixtures, jdbc, clock, candidacies)
                .innerMongolia(
                        TITLED,
                        Role.COUNTY_GOVERNMENT,
                        "TWO_MOUNTAINS_BASE",
                        LocalDate.now(clock.withZone(DossierTestSteps.BEIJING)).minusYears(1));
        row(title, "150821", "甲", "OPEN", LocalDate.of(2031, 3, 1));
        row(title, "150822", "乙", "OVERDUE", LocalDate.of(2032, 2, 1));
        row(title, "150823", "丙", "COMPLETED", LocalDate.of(2031, 9, 1));
    }

    @Test
    void theRectificationListSearchesFiltersAndSortsByAWhitelistedKey() {
        String q = "/api/rectifications?size=100&q=" + marker;
        assertThat(subjects(province, q)).hasSize(3);
        assertThat(subjects(province, q + "&year=2031&sort=ordered")).containsExactly(marker + " 甲", marker + " 丙");
        assertThat(subjects(province, q + "&sort=-ordered"))
                .containsExactly(marker + " 乙", marker + " 丙", marker + " 甲");
        assertThat(subjects(province, q + "&sort=due")).containsExactly(marker + " 甲", marker + " 丙", marker + " 乙");
        assertThat(subjects(province, q + "&state=OVERDUE")).containsExactly(marker + " 乙");
        assertThat(subjects(province, q + "&region=150821")).containsExactly(marker + " 甲");
        assertThat(subjects(province, q + "&programme=ECO_CIVILIZATION_ZONE")).isEmpty();
        assertThat(subjects(province, "/api/rectifications?size=100&year=2032&q=磴口县"))
                .as("the search finds the region's name too")
                .contains(marker + " 乙")
                .doesNotContain(marker + " 甲");
        Response bad = province.get("/api/rectifications?sort=region_path");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
    }

    @Test
    void theProposalListSearchesFiltersAndSortsByAWhitelistedKey() {
        String q = "/api/enforcement-proposals?size=100&q=" + marker;
        assertThat(subjects(province, q)).hasSize(3);
        assertThat(subjects(province, q + "&year=2031&sort=opened")).containsExactly(marker + " 甲", marker + " 丙");
        assertThat(subjects(province, q + "&sort=-opened"))
                .containsExactly(marker + " 乙", marker + " 丙", marker + " 甲");
        assertThat(subjects(province, q + "&regionCode=150823")).containsExactly(marker + " 丙");
        assertThat(subjects(province, "/api/enforcement-proposals?size=100&search=" + marker + "&year=2032"))
                .as("the former parameter search still searches")
                .containsExactly(marker + " 乙");
        Response bad = province.get("/api/enforcement-proposals?sort=sanction_text");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
    }

    @Test
    void theExportsWriteTheFilteredRowsAndAreAudited() {
        String user = fixtures.user(Role.PROVINCE_STAFF, "150000");
        Browser staff = Browser.loggedIn(port, user);
        ListExports.Exported rectifications = ListExports.download(
                staff, "/api/rectifications/export?q=" + marker + "&year=2031&sort=-ordered", "整改");
        assertThat(rectifications.column(2)).containsExactly(marker + " 丙", marker + " 甲");
        assertThat(rectifications.about())
                .anySatisfy(line -> assertThat(line).contains(marker).contains("年度 2031"));
        ListExports.Exported proposals = ListExports.download(
                staff, "/api/enforcement-proposals/export?q=" + marker + "&state=OPEN&year=2031", "处理建议");
        assertThat(proposals.column(2)).containsExactly(marker + " 甲");
        ListExports.audited(jdbc, user, "Rectification:export", "q=" + marker, "year=2031");
        ListExports.audited(jdbc, user, "Proposal:export", "q=" + marker, "state=OPEN");
    }

    @Test
    void rowsOutsideTheReadersScopeStayHidden() {
        Browser bayannur = new DossierTestSteps(port, fixtures).as(Role.PREFECTURE_STAFF, "150800");
        Browser baotou = new DossierTestSteps(port, fixtures).as(Role.PREFECTURE_STAFF, "150200");
        Browser guizhou = new DossierTestSteps(port, fixtures).as(Role.PROVINCE_STAFF, "520000");
        assertThat(subjects(bayannur, "/api/rectifications?q=" + marker)).hasSize(3);
        assertThat(subjects(baotou, "/api/rectifications?q=" + marker)).isEmpty();
        assertThat(subjects(guizhou, "/api/enforcement-proposals?q=" + marker)).isEmpty();
        assertThat(baotou.get("/api/rectifications?region=150821").status()).isEqualTo(404);
        assertThat(baotou.get("/api/enforcement-proposals?regionCode=150821").status())
                .isEqualTo(404);
        assertThat(ListExports.download(guizhou, "/api/rectifications/export?q=" + marker, "整改")
                        .rows())
                .isEmpty();
    }

    private void row(TitledSubjects.Titled title, String county, String name, String state, LocalDate on) {
        String path = jdbc.queryForObject("select path from region where code = ?", String.class, county);
        Timestamp at = Timestamp.from(on.atStartOfDay(DossierTestSteps.BEIJING).toInstant());
        jdbc.update(
                "insert into enforcement_rectification (title_id, candidacy_id, region_code, region_path,"
                        + " subject_name, programme, regulation_code, regulation_version, stage, origin,"
                        + " working_days, ordered_on, due_on, state, created_at, version) values (?, ?, ?, ?, ?,"
                        + " 'TWO_MOUNTAINS_BASE', 'IM-ECOCIV-2022', 3, 'RECTIFICATION', 'PROPOSAL', 60, ?, ?, ?, ?,"
                        + " 0)",
                title.titleId(),
                title.candidacyId(),
                county,
                path,
                marker + " " + name,
                Date.valueOf(on),
                Date.valueOf(on.plusMonths(3)),
                state,
                Timestamp.from(Instant.now(clock)));
        jdbc.update(
                "insert into enforcement_proposal (title_id, candidacy_id, region_code, region_path, subject_name,"
                        + " programme, regulation_code, regulation_version, sanction_code, allowed, trigger_key,"
                        + " state, opened_at, version) values (?, ?, ?, ?, ?, 'TWO_MOUNTAINS_BASE',"
                        + " 'IM-ECOCIV-2022', 3, 'KEY_TASKS_UNFINISHED', 'RECTIFICATION', ?, ?, ?, 0)",
                title.titleId(),
                title.candidacyId(),
                county,
                path,
                marker + " " + name,
                "TEST-" + marker + "-" + name,
                // the proposals: 甲 and 乙 open, 丙 dismissed
                "COMPLETED".equals(state) ? "DISMISSED" : "OPEN",
                at);
    }

    private static List<String> subjects(Browser who, String url) {
        Response r = who.get(url);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("content").findValuesAsString("subjectName");
    }
}
