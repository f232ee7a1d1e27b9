package cn.ecozone.archive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.CountingStatements;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.title.TitledSubjects;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The candidacy archive takes the same statements to list its entries whatever the number of records a
 * module contributes: one annual report, reward, proposal, rectification and check (with a finding) of a
 * titled candidacy, then 30 more of each (rows written by JDBC as the modules write them). The listing
 * ({@link ArchiveManagement#prepare}, what the download does before its first byte) is counted on its
 * own: over HTTP, two downloads of the same archive on PostgreSQL counted 49 and 50 statements on the
 * request thread (the body streams on another thread), a difference that is not the listing's. The
 * stored files are read one by one while streaming, which is the point of it.
 *
 * <p>Inner Mongolia county 150125 武川县, programme TWO_MOUNTAINS_BASE (its eco-civ title is
 * {@code DailyEvaluationJobIT}'s).
 */
@ApiTest
class ArchiveStatementsIT {

    private static final String COUNTY = "150125";
    private static final int MORE = 30;
    private static final Actor PROVINCE =
            new Actor(0, "im.staff", "im.staff", Role.PROVINCE_STAFF, 0, "内蒙古自治区生态环境厅", "150000", "/150000/", false);

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

    @Autowired
    ArchiveManagement archives;

    @Test
    void theArchiveListsThirtyRecordsPerModuleInTheStatementsItTakesForOne() {
        LocalDate today = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING));
        var titled = new TitledSubjects(port, fixtures, jdbc, clock, candidacies)
                .innerMongolia(COUNTY, Role.COUNTY_GOVERNMENT, "TWO_MOUNTAINS_BASE", today.minusYears(2));
        Browser province = new DossierTestSteps(port, fixtures).as(Role.PROVINCE_STAFF, "150000");
        String archive = "/api/candidacies/" + titled.candidacyId() + "/archive";
        String path = jdbc.queryForObject("select path from region where code = ?", String.class, COUNTY);
        Timestamp now = Timestamp.from(clock.instant());

        long report = report(titled, path, now);
        long reward = reward(titled, path, now);
        long proposal = proposal(titled, path, now);
        long rectification = rectification(titled, path, now);
        long check = check(titled, path, today, now);
        int atOne = listing(titled.candidacyId());
        assertThat(province.download(archive)).isNotEmpty();

        Clones.of(jdbc, "annual_report", report, MORE, (i, row) -> row.put("report_year", 1001 + i));
        Clones.of(jdbc, "reward", reward, MORE, (i, row) -> row.put("document_number", "内财资环〔2025〕" + i + "号"));
        Clones.of(jdbc, "enforcement_proposal", proposal, MORE, (i, row) -> row.put("trigger_key", "TEST-" + i));
        Clones.of(jdbc, "enforcement_rectification", rectification, MORE, (i, row) -> {});
        Clones.of(jdbc, "supervision_check", check, MORE, (i, row) -> row.put("check_code", "TEST_" + i));
        long findings = jdbc.update(
                "insert into supervision_finding (check_id, indicator_code, text_zh, recorded_by, recorded_at)"
                        + " select id, null, '台账资料不完整', 'fixture', opened_at from supervision_check"
                        + " where candidacy_id = ? and id <> ?",
                titled.candidacyId(),
                check);
        assertThat(findings).isEqualTo(MORE);

        assertThat(listing(titled.candidacyId())).isEqualTo(atOne);
        assertThat(archives.prepare(titled.candidacyId(), PROVINCE).entries())
                .as("31 reports (record and timeline), rewards, proposals, rectifications and checks")
                .hasSizeGreaterThanOrEqualTo(31 * 6);
    }

    /** The statements of listing the archive's entries (what the download does before its first byte). */
    private int listing(long candidacyId) {
        return CountingStatements.during(() -> archives.prepare(candidacyId, PROVINCE));
    }

    private long report(TitledSubjects.Titled t, String path, Timestamp now) {
        jdbc.update(
                "insert into annual_report (title_id, region_code, region_path, subject_name, programme,"
                        + " regulation_code, regulation_version, check_code, subject_level, report_year, due_on,"
                        + " due_from_setting, report_text, state, current_step, opened_by, opened_at, updated_at,"
                        + " version) values (?, ?, ?, '武川县人民政府', 'TWO_MOUNTAINS_BASE', 'IM-TWOMTN-2022', 3,"
                        + " 'ANNUAL_SUMMARY', 'COUNTY', 1000, ?, false, '年度总结', 'SUBMITTED', 'REVIEW', 'fixture',"
                        + " ?, ?, 0)",
                t.titleId(),
                COUNTY,
                path,
                Date.valueOf("2026-03-31"),
                now,
                now);
        return jdbc.queryForObject("select id from annual_report where title_id = ?", Long.class, t.titleId());
    }

    private long reward(TitledSubjects.Titled t, String path, Timestamp now) {
        jdbc.update(
                "insert into reward (title_id, candidacy_id, region_code, region_path, subject_name, programme,"
                        + " amount, awarded_on, document_number, issuing_body, created_by, created_at, updated_at,"
                        + " version) values (?, ?, ?, ?, '武川县', 'TWO_MOUNTAINS_BASE', 500000, ?, '内财资环〔2025〕1号',"
                        + " '内蒙古自治区财政厅', 'fixture', ?, ?, 0)",
                t.titleId(),
                t.candidacyId(),
                COUNTY,
                path,
                Date.valueOf("2025-06-30"),
                now,
                now);
        return jdbc.queryForObject("select id from reward where title_id = ?", Long.class, t.titleId());
    }

    private long proposal(TitledSubjects.Titled t, String path, Timestamp now) {
        jdbc.update(
                "insert into enforcement_proposal (title_id, candidacy_id, region_code, region_path, subject_name,"
                        + " programme, regulation_code, regulation_version, sanction_code, allowed, trigger_key,"
                        + " state, opened_at, version) values (?, ?, ?, ?, '武川县', 'TWO_MOUNTAINS_BASE',"
                        + " 'IM-TWOMTN-2022', 3, 'KEY_TASKS_UNFINISHED', 'RECTIFICATION', 'TEST', 'OPEN', ?, 0)",
                t.titleId(),
                t.candidacyId(),
                COUNTY,
                path,
                now);
        return jdbc.queryForObject("select id from enforcement_proposal where title_id = ?", Long.class, t.titleId());
    }

    private long rectification(TitledSubjects.Titled t, String path, Timestamp now) {
        jdbc.update(
                "insert into enforcement_rectification (title_id, candidacy_id, region_code, region_path,"
                        + " subject_name, programme, regulation_code, regulation_version, stage, origin,"
                        + " working_days, ordered_on, state, created_at, version) values (?, ?, ?, ?, '武川县',"
                        + " 'TWO_MOUNTAINS_BASE', 'IM-TWOMTN-2022', 3, 'RECTIFICATION', 'PROPOSAL', 60,"
                        + " date '2026-01-05', 'OPEN', ?, 0)",
                t.titleId(),
                t.candidacyId(),
                COUNTY,
                path,
                now);
        return jdbc.queryForObject(
                "select id from enforcement_rectification where title_id = ?", Long.class, t.titleId());
    }

    private long check(TitledSubjects.Titled t, String path, LocalDate today, Timestamp now) {
        jdbc.update(
                "insert into supervision_check (title_id, candidacy_id, region_code, region_path, subject_name,"
                        + " programme, check_code, kind, regulation_code, regulation_version, named_on,"
                        + " anniversary_on, due_on, opened_on, state, opened_at, version)"
                        + " values (?, ?, ?, ?, '武川县', 'TWO_MOUNTAINS_BASE', 'SITE_CHECK_2Y', 'SITE_CHECK',"
                        + " 'IM-TWOMTN-2022', 3, ?, ?, ?, ?, 'OPEN', ?, 0)",
                t.titleId(),
                t.candidacyId(),
                COUNTY,
                path,
                Date.valueOf(today.minusYears(2)),
                Date.valueOf(today),
                Date.valueOf(today),
                Date.valueOf(today),
                now);
        long id = jdbc.queryForObject("select id from supervision_check where title_id = ?", Long.class, t.titleId());
        jdbc.update(
                "insert into supervision_finding (check_id, indicator_code, text_zh, recorded_by, recorded_at)"
                        + " values (?, null, '台账资料不完整', 'fixture', ?)",
                id,
                now);
        return id;
    }
}
