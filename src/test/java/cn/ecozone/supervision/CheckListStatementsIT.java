package cn.ecozone.supervision;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.TestFiles;
import cn.ecozone.title.TitledSubjects;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
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
 * The checks list reads the same number of statements for a page over 10 and over 1,000 checks, and a
 * check's evidence list for a page over 10 and over 1,000 files.
 */
@ApiTest
class CheckListStatementsIT {

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
    void aPageOfChecksReadsAConstantNumberOfStatementsAndFiltersInScope() {
        var titled = new TitledSubjects(port, fixtures, jdbc, clock, candidacies)
                .innerMongolia("150203", Role.COUNTY_GOVERNMENT, "TWO_MOUNTAINS_BASE", LocalDate.of(2022, 5, 10));
        String marker = "清单计数" + System.nanoTime();
        rows(titled.titleId(), marker, 0, 10);
        Browser im = new DossierTestSteps(port, fixtures).as(Role.PROVINCE_STAFF, "150000");
        String list = "/api/supervision-checks?kind=SITE_CHECK&state=OPEN&q=" + marker + "&size=5";
        JsonNode page = ok(im.get(list));
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        assertThat(page.get("content").get(0).get("regionName").asString()).isNotBlank();
        // the page, its count and the request's own (the session's user); region names from the cached tree
        int atTen = im.statements(list);

        rows(titled.titleId(), marker, 10, 990);
        JsonNode full = ok(im.get(list));
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(5);
        assertThat(im.statements(list)).isEqualTo(atTen);
        // with the programme, the year due and an order (issue 14 §6): the same statements
        assertThat(im.statements(list + "&programme=TWO_MOUNTAINS_BASE&year=2024&sort=-due"))
                .isEqualTo(atTen);

        // another province's staff sees none of them; a bad state is a 400 naming the field
        Browser gz = new DossierTestSteps(port, fixtures).as(Role.PROVINCE_STAFF, "520000");
        assertThat(ok(gz.get(list)).get("totalElements").asLong()).isZero();
        var bad = im.get("/api/supervision-checks?state=NOPE");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("state");

        evidenceListReadsAConstantNumberOfStatements(
                im, page.get("content").get(0).get("id").asLong());
    }

    /**
     * A check's evidence list (issue 14 §6): the check, the page, its count, the page's documents in one
     * read and the request's own, at 10 files as at 1,000, searched, filtered and sorted or not. The files
     * are copies (rows only) of one uploaded file.
     */
    private void evidenceListReadsAConstantNumberOfStatements(Browser im, long checkId) {
        String evidence = "/api/supervision-checks/" + checkId + "/evidence";
        ok(im.upload(evidence, "核查照片.pdf", TestFiles.PDF));
        long first = jdbc.queryForObject("select id from supervision_evidence where check_id = ?", Long.class, checkId);
        copies(first, 9);
        String filtered =
                evidence + "?q=" + URLEncoder.encode("证据", StandardCharsets.UTF_8) + "&type=PDF&sort=-name&size=5";
        assertThat(ok(im.get(filtered)).get("totalElements").asLong()).isEqualTo(9);
        int atTen = im.statements(evidence + "?size=5");
        assertThat(im.statements(filtered)).isEqualTo(atTen);

        copies(first, 990);
        JsonNode all = ok(im.get(evidence + "?size=100&page=9"));
        assertThat(all.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(all.get("content")).hasSize(100);
        assertThat(im.statements(evidence + "?size=100&page=9"))
                .isEqualTo(atTen)
                .isEqualTo(5);
        assertThat(im.statements(filtered)).isEqualTo(atTen);
    }

    /** {@code n} copies of the evidence row, each with a copy of its document row named 证据 i. */
    private void copies(long evidence, int n) {
        long document =
                jdbc.queryForObject("select document_id from supervision_evidence where id = ?", Long.class, evidence);
        String marker = "证据" + System.nanoTime();
        Clones.of(jdbc, "document", document, n, (i, row) -> row.put("name", marker + " " + i));
        List<Long> documents =
                jdbc.queryForList("select id from document where name like ? order by id", Long.class, marker + "%");
        Clones.of(jdbc, "supervision_evidence", evidence, n, (i, row) -> {
            row.put("document_id", documents.get(i));
            row.put("file_name", marker + " " + i);
        });
    }

    private void rows(long titleId, String marker, int from, int count) {
        String path = jdbc.queryForObject("select path from region where code = '150203'", String.class);
        List<Object[]> args = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            LocalDate day = LocalDate.of(2024, 5, 10);
            args.add(new Object[] {
                titleId, path, marker + " " + i, "LOAD-" + i, Date.valueOf(day), Timestamp.from(clock.instant())
            });
        }
        jdbc.batchUpdate(
                "insert into supervision_check (title_id, candidacy_id, region_code, region_path, subject_name,"
                        + " programme, check_code, kind, regulation_code, regulation_version, named_on,"
                        + " anniversary_on, due_on, opened_on, state, opened_at, version)"
                        + " values (?, 0, '150203', ?, ?, 'TWO_MOUNTAINS_BASE', ?, 'SITE_CHECK', 'IM-TWOMTN-2022', 3,"
                        + " ?, ?, ?, ?, 'OPEN', ?, 0)",
                args.stream()
                        .map(a -> new Object[] {a[0], a[1], a[2], a[3], a[4], a[4], a[4], a[4], a[5]})
                        .toList());
    }
}
