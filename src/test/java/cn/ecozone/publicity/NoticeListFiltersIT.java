package cn.ecozone.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.ListExports;
import cn.ecozone.support.Response;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The staff's notice and complaint lists search, filter by state and year, sort by a whitelisted key,
 * and export what they show, audited (issue 14 §5/§6). Notices and complaints of 呼伦贝尔市 are written
 * straight into the tables (their procedure is not what is tested), told apart by a marker, in years no
 * test uses; the complaints' dossier is one of 扎赉诺尔区 (no other test writes there).
 */
@ApiTest
class NoticeListFiltersIT {

    private static final String PREFECTURE = "150700";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListFiltersSortsAndExportsWhatItShowsInScopeOnly() {
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        long round = steps.openRound("ECO_CIVILIZATION_ZONE", LocalDate.now(DossierTestSteps.BEIJING))
                .get("id")
                .asLong();
        close(round);
        String marker = "公示筛选" + System.nanoTime();
        notice(round, marker + " A", "DRAFT", LocalDate.of(2031, 5, 1));
        notice(round, marker + " B", "PUBLISHED", LocalDate.of(2031, 3, 1));
        notice(round, marker + " C", "PUBLISHED", LocalDate.of(2032, 1, 10));
        String user = fixtures.user(Role.PREFECTURE_STAFF, PREFECTURE);
        Browser bureau = Browser.loggedIn(port, user);

        assertThat(titles(bureau, "q=" + marker + "&sort=title"))
                .containsExactly(marker + " A", marker + " B", marker + " C");
        assertThat(titles(bureau, "q=" + marker + "&sort=-published"))
                .containsExactly(marker + " C", marker + " A", marker + " B");
        assertThat(titles(bureau, "q=" + marker + "&state=PUBLISHED&sort=title"))
                .containsExactly(marker + " B", marker + " C");
        assertThat(titles(bureau, "q=" + marker + "&year=2031&sort=title"))
                .containsExactly(marker + " A", marker + " B");
        assertThat(titles(bureau, "q=" + marker + "&roundId=" + round)).hasSize(3);
        assertThat(titles(bureau, "q=" + marker + "&programme=TWO_MOUNTAINS_BASE"))
                .isEmpty();

        Response bad = bureau.get("/api/publicity/notices?sort=region_path");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");

        ListExports.Exported notices = ListExports.download(
                bureau, "/api/publicity/notices/export?q=" + marker + "&state=PUBLISHED&sort=-published", "公示");
        assertThat(notices.column(0)).containsExactly(marker + " C", marker + " B");
        assertThat(notices.rows().get(0).get(4)).isEqualTo("2032-01-10");
        assertThat(notices.rows().get(0).get(6)).isEqualTo("已发布");
        ListExports.audited(jdbc, user, "Notice:export", "q=" + marker, "state=PUBLISHED", "sort=-published");

        // the province sees them; another league's bureau does not, in the list or the export
        assertThat(titles(steps.as(Role.PROVINCE_STAFF, "150000"), "q=" + marker))
                .hasSize(3);
        Browser otherLeague = steps.as(Role.PREFECTURE_STAFF, "150800");
        assertThat(titles(otherLeague, "q=" + marker)).isEmpty();
        assertThat(ListExports.download(otherLeague, "/api/publicity/notices/export?q=" + marker, "公示")
                        .rows())
                .isEmpty();
    }

    @Test
    void theComplaintListFiltersSortsAndExportsWithoutPersonalDataInScopeOnly() {
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        long dossier = dossier(steps);
        String marker = "投诉筛选" + System.nanoTime();
        long notice = notice(dossierRound, marker, "PUBLISHED", LocalDate.of(2031, 1, 20));
        String tracking = "T" + System.nanoTime() % 1_000_000_000_000L;
        complaint(notice, dossier, tracking + "X", marker + " X", "RECEIVED", "2031-02-01T02:00:00Z", "2031-02-20");
        complaint(notice, dossier, tracking + "Y", marker + " Y", "FOUND", "2031-06-01T02:00:00Z", "2031-06-20");
        complaint(
                notice, dossier, tracking + "Z", marker + " Z", "INVESTIGATING", "2032-01-05T02:00:00Z", "2032-01-25");
        String user = fixtures.user(Role.PREFECTURE_STAFF, PREFECTURE);
        Browser bureau = Browser.loggedIn(port, user);

        assertThat(numbers(bureau, "q=" + marker + "&sort=received"))
                .containsExactly(tracking + "X", tracking + "Y", tracking + "Z");
        assertThat(numbers(bureau, "q=" + marker + "&sort=-due"))
                .containsExactly(tracking + "Z", tracking + "Y", tracking + "X");
        assertThat(numbers(bureau, "q=" + marker + "&state=FOUND")).containsExactly(tracking + "Y");
        assertThat(numbers(bureau, "noticeId=" + notice + "&year=2031&sort=received"))
                .containsExactly(tracking + "X", tracking + "Y");
        Response bad = bureau.get("/api/publicity/complaints?sort=text");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");

        ListExports.Exported complaints = ListExports.download(
                bureau, "/api/publicity/complaints/export?noticeId=" + notice + "&year=2031&sort=received", "投诉");
        assertThat(complaints.column(0)).containsExactly(tracking + "X", tracking + "Y");
        assertThat(complaints.rows().get(1).get(6)).isEqualTo("已形成核实结论");
        complaints
                .rows()
                .forEach(row -> assertThat(String.join("|", row))
                        .as("no complainant's text or contact")
                        .doesNotContain(marker)
                        .doesNotContain("13800000000"));
        ListExports.audited(jdbc, user, "Complaint:export", "noticeId=" + notice, "year=2031", "sort=received");

        // the municipal government reads them without the hidden parts: its search finds nothing hidden
        Browser government = steps.as(Role.PREFECTURE_GOVERNMENT, PREFECTURE);
        assertThat(numbers(government, "noticeId=" + notice)).hasSize(3).containsOnlyNulls();
        assertThat(numbers(government, "q=" + marker)).isEmpty();
        // another league's bureau sees none, in the list or the export
        Browser otherLeague = steps.as(Role.PREFECTURE_STAFF, "150800");
        assertThat(numbers(otherLeague, "noticeId=" + notice)).isEmpty();
        assertThat(ListExports.download(otherLeague, "/api/publicity/complaints/export?noticeId=" + notice, "投诉")
                        .rows())
                .isEmpty();
    }

    @Test
    void theStaffListsTakeTheSameStatementsAtTenRowsAsAtAThousand() {
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        long dossier = dossier(steps);
        long round = dossierRound;
        String marker = "公示计数" + System.nanoTime();
        long notice = notice(round, marker + " 0", "PUBLISHED", LocalDate.of(2033, 3, 1));
        String tracking = "S" + System.nanoTime() % 1_000_000_000_000L;
        complaint(notice, dossier, tracking + "-0", marker + " 0", "RECEIVED", "2033-03-02T02:00:00Z", "2033-03-20");
        long complaint = jdbc.queryForObject(
                "select id from publicity_complaint where tracking_number = ?", Long.class, tracking + "-0");
        Clones.of(jdbc, "publicity_notice", notice, 9, (i, row) -> row.put("title", marker + " a" + i));
        Clones.of(
                jdbc, "publicity_complaint", complaint, 9, (i, row) -> row.put("tracking_number", tracking + "a" + i));
        Browser bureau = steps.as(Role.PREFECTURE_STAFF, PREFECTURE);
        String notices = "/api/publicity/notices?size=5&sort=-published&q=" + marker;
        String complaints = "/api/publicity/complaints?size=5&sort=due&year=2033&noticeId=" + notice;
        assertThat(bureau.get(notices).json().get("totalElements").asLong()).isEqualTo(10);
        assertThat(bureau.get(complaints).json().get("totalElements").asLong()).isEqualTo(10);
        int noticesAtTen = bureau.statements(notices);
        int complaintsAtTen = bureau.statements(complaints);

        Clones.of(jdbc, "publicity_notice", notice, 990, (i, row) -> row.put("title", marker + " b" + i));
        Clones.of(
                jdbc,
                "publicity_complaint",
                complaint,
                990,
                (i, row) -> row.put("tracking_number", tracking + "b" + i));
        assertThat(bureau.get(notices).json().get("totalElements").asLong()).isEqualTo(1000);
        assertThat(bureau.get(complaints).json().get("totalElements").asLong()).isEqualTo(1000);
        assertThat(bureau.statements(notices)).isEqualTo(noticesAtTen);
        assertThat(bureau.statements(complaints)).isEqualTo(complaintsAtTen);
    }

    /** The complaints' dossier: one of 扎赉诺尔区, made once for the class. */
    private static Long dossierId;

    private static long dossierRound;

    private synchronized long dossier(DossierTestSteps steps) {
        if (dossierId == null) {
            JsonNode round = steps.openRound("ECO_CIVILIZATION_ZONE", LocalDate.now(DossierTestSteps.BEIJING));
            JsonNode candidacy = steps.candidacy("150000", "150703", "ECO_CIVILIZATION_ZONE");
            dossierRound = round.get("id").asLong();
            dossierId = DossierTestSteps.created(steps.as(Role.COUNTY_GOVERNMENT, "150703"), candidacy, dossierRound)
                    .get("id")
                    .asLong();
            close(dossierRound);
            // withdrawn again, so that DossierListFiltersIT may put up the county's candidacy too
            jdbc.update(
                    "update candidacy set state = 'WITHDRAWN', active_key = null where id = ?",
                    candidacy.get("id").asLong());
        }
        return dossierId;
    }

    /** Closed again at once, so that no later test finds an Inner Mongolia round open that it did not open. */
    private void close(long round) {
        jdbc.update("update application_round set closes_on = opens_on where id = ?", round);
    }

    private void complaint(
            long notice, long dossier, String tracking, String text, String state, String receivedAt, String dueOn) {
        String path = jdbc.queryForObject("select path from region where code = ?", String.class, PREFECTURE);
        jdbc.update(
                "insert into publicity_complaint (tracking_number, notice_id, dossier_id, complainant_name, contact,"
                        + " real_name, text, received_at, investigator_role, investigator_region, investigator_path,"
                        + " due_on, deadline_days, deadline_uncertain, state, finding, finding_text, found_by,"
                        + " found_at, version)"
                        + " values (?, ?, ?, '张三', '13800000000', true, ?, ?, 'PREFECTURE_STAFF', ?, ?, ?, 15,"
                        + " false, ?, ?, ?, ?, ?, 0)",
                tracking,
                notice,
                dossier,
                text,
                Timestamp.from(Instant.parse(receivedAt)),
                PREFECTURE,
                path,
                Date.valueOf(LocalDate.parse(dueOn)),
                state,
                "FOUND".equals(state) ? "UNTRUE" : null,
                "FOUND".equals(state) ? "经核实不属实" : null,
                "FOUND".equals(state) ? "test" : null,
                "FOUND".equals(state) ? Timestamp.from(Instant.parse(receivedAt).plusSeconds(86_400)) : null);
    }

    private static List<String> numbers(Browser who, String query) {
        Response r = who.get("/api/publicity/complaints?size=100&" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        r.json()
                .get("content")
                .forEach(c -> numbers.add(
                        c.get("trackingNumber").isNull()
                                ? null
                                : c.get("trackingNumber").asString()));
        return numbers;
    }

    private long notice(long round, String title, String state, LocalDate publishedOn) {
        String path = jdbc.queryForObject("select path from region where code = ?", String.class, PREFECTURE);
        Timestamp now = Timestamp.from(Instant.parse("2031-01-01T00:00:00Z"));
        jdbc.update(
                "insert into publicity_notice (round_id, step_code, publicity_code, regulation_code,"
                        + " regulation_version, programme, region_code, region_path, province_code, issuer_role,"
                        + " issuer_name, title, document_number, published_on, ends_on, minimum_ends_on,"
                        + " explanation_zh, explanation_en, where_published, how_to_complain, state, published_at,"
                        + " created_by, created_at, version)"
                        + " values (?, 'PREFECTURE_PUBLICITY', 'PREFECTURE', 'IM-ECO-ZONE', 1, 'ECO_CIVILIZATION_ZONE',"
                        + " ?, ?, '150000', 'PREFECTURE_STAFF', '呼伦贝尔市生态环境局', ?, null, ?, ?, ?, '说明', 'explanation',"
                        + " '呼伦贝尔市人民政府网站', '来信来电', ?, ?, 'test', ?, 0)",
                round,
                PREFECTURE,
                path,
                title,
                Date.valueOf(publishedOn),
                Date.valueOf(publishedOn.plusDays(7)),
                Date.valueOf(publishedOn.plusDays(7)),
                state,
                "PUBLISHED".equals(state) ? now : null,
                now);
        return jdbc.queryForObject("select max(id) from publicity_notice where title = ?", Long.class, title);
    }

    private static List<String> titles(Browser who, String query) {
        Response r = who.get("/api/publicity/notices?size=100&" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        r.json().get("content").forEach(n -> titles.add(n.get("title").asString()));
        return titles;
    }
}
