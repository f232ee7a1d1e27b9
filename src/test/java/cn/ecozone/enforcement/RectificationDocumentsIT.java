package cn.ecozone.enforcement;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.regulation.TitleRules;
import cn.ecozone.shared.Role;
import cn.ecozone.supervision.CheckConcluded;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import cn.ecozone.title.TitledSubjects;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The rectification report's documents over HTTP (review finding 12), for an Inner Mongolia Two
 * Mountains base: the subject uploads them for its rectification; a report naming a document of another
 * rectification is 400 naming {@code documentIds} and changes nothing; its own document appears with
 * the report, is downloaded by the department, and is copied into the candidacy archive.
 */
@ApiTest
class RectificationDocumentsIT {

    private static final String COUNTY = "150103";

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
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aReportTakesOnlyItsOwnUploadsWhichTheDepartmentDownloadsAndTheArchiveCopies() throws IOException {
        EnforcementSteps steps = new EnforcementSteps(port, fixtures, jdbc, clock, candidacies);
        TitledSubjects.Titled base = steps.titled.innerMongolia(
                COUNTY, Role.COUNTY_GOVERNMENT, "TWO_MOUNTAINS_BASE", LocalDate.of(2025, 6, 1));
        long own = ordered(base, 1);
        long other = ordered(base, 2);
        Browser subject = steps.as(Role.COUNTY_GOVERNMENT, COUNTY);
        Browser department = steps.as(Role.PROVINCE_STAFF, "150000");

        JsonNode uploaded = ok(subject.upload("/api/rectifications/" + own + "/documents", "整改报告.pdf", TestFiles.PDF));
        long ownDocument = uploaded.get("documents").get(0).get("id").asLong();
        assertThat(uploaded.get("documents").get(0).get("name").asString()).isEqualTo("整改报告.pdf");
        long foreignDocument = ok(subject.upload(
                        "/api/rectifications/" + other + "/documents", "其他.pdf", TestFiles.PDF))
                .get("documents")
                .get(0)
                .get("id")
                .asLong();
        Response department403 = department.upload("/api/rectifications/" + own + "/documents", "厅.pdf", TestFiles.PDF);
        assertThat(department403.status()).as(department403.toString()).isEqualTo(403);

        JsonNode before = ok(subject.get("/api/rectifications/" + own));
        Response foreign = report(subject, before, List.of(ownDocument, foreignDocument));
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(400);
        assertThat(foreign.toString()).contains("documentIds");
        JsonNode unchanged = ok(subject.get("/api/rectifications/" + own));
        assertThat(unchanged.get("report").isNull()).isTrue();
        assertThat(unchanged.get("awaitingAcceptance").asBoolean()).isFalse();
        assertThat(unchanged.get("run").get("version").asLong())
                .isEqualTo(before.get("run").get("version").asLong());
        assertThat(report(subject, before, List.of(999_999_999L)).status()).isEqualTo(400);

        JsonNode reported = ok(report(subject, before, List.of(ownDocument)));
        assertThat(reported.get("report").asString()).isEqualTo("已整改，附整改报告");
        assertThat(reported.get("run").get("timeline").toString()).contains(String.valueOf(ownDocument));
        assertThat(department.download("/api/rectifications/" + own + "/documents/" + ownDocument))
                .isEqualTo(TestFiles.PDF);
        assertThat(department
                        .get("/api/rectifications/" + own + "/documents/" + foreignDocument)
                        .status())
                .isEqualTo(404);

        Map<String, byte[]> archive = unzip(department.download("/api/candidacies/" + base.candidacyId() + "/archive"));
        String index = new String(archive.get("index.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(index).contains("整改-" + own + "-附件-整改报告.pdf");
        assertThat(archive.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey()).contains("整改-" + own + "-附件-整改报告.pdf");
            assertThat(e.getValue()).isEqualTo(TestFiles.PDF);
        });
    }

    private long ordered(TitledSubjects.Titled base, int check) {
        String path = jdbc.queryForObject("select path from region where code = ?", String.class, COUNTY);
        String code = jdbc.queryForObject(
                "select regulation_code from candidacy where id = ?", String.class, base.candidacyId());
        int version = jdbc.queryForObject(
                "select regulation_version from candidacy where id = ?", Integer.class, base.candidacyId());
        long checkId = 9_150_000L + base.titleId() * 10 + check;
        transactions.executeWithoutResult(status -> events.publishEvent(new CheckConcluded(
                checkId,
                base.titleId(),
                base.candidacyId(),
                COUNTY,
                path,
                code,
                version,
                "SITE_CHECK_2Y",
                TitleRules.CheckKind.SITE_CHECK,
                LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))),
                true,
                false,
                20,
                "现场核查发现问题，需限期整改",
                "fixture",
                clock.instant())));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForList(
                                        "select id from enforcement_rectification where check_id = ?",
                                        Long.class,
                                        checkId)
                                .size()
                        == 1);
        return jdbc.queryForObject("select id from enforcement_rectification where check_id = ?", Long.class, checkId);
    }

    private static Response report(Browser subject, JsonNode r, List<Long> documentIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", r.get("run").get("version").asLong());
        body.put("report", "已整改，附整改报告");
        body.put("documentIds", documentIds);
        return subject.post("/api/rectifications/" + r.get("id").asLong() + "/report", body);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
