package cn.ecozone.archive;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.supervision.internal.CheckOpeningJob;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.TestFiles;
import cn.ecozone.title.TitledSubjects;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The archive of a titled candidacy after the title (issue 13 §6): the annual report with its attachment
 * and review timeline, the concluded on-site check with its finding and evidence, and the rectification
 * its conclusion ordered are listed in {@code index.html} under their sections and held in the ZIP with
 * the SHA-256 the index states; the stored files byte for byte, each read audited with the reader.
 * Region: 150525 (奈曼旗), used by no other test.
 */
@ApiTest
class ArchiveAfterTitleIT {

    private static final String COUNTY = "150525";

    private static final Pattern ROW =
            Pattern.compile("<tr data-path=\"([^\"]+)\" data-sha256=\"([0-9a-f]{64})\" data-section=\"([A-Z_]+)\">");

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
    CheckOpeningJob checkOpening;

    @Test
    void theArchiveHoldsTheAnnualReportTheConcludedCheckAndTheRectificationWithMatchingHashes() throws Exception {
        // named 13 May 2024: the on-site check opens on 13 May 2026 (满2年, IM eco-civ art. 19)
        var titled = new TitledSubjects(port, fixtures, jdbc, clock, candidacies)
                .innerMongolia(COUNTY, Role.COUNTY_GOVERNMENT, "ECO_CIVILIZATION_ZONE", LocalDate.of(2024, 5, 13));
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, COUNTY);
        Browser province = steps.as(Role.PROVINCE_STAFF, "150000");

        // the 2025 annual report, with an attachment, submitted (IM eco-civ art. 17)
        Map<String, Object> opening = Map.of("titleId", titled.titleId(), "year", 2025);
        cn.ecozone.support.Response opened = county.post("/api/annual-reports", opening);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        JsonNode report = opened.json();
        String reportPath = "/api/annual-reports/" + report.get("id").asLong();
        report = ok(county.upload(
                reportPath + "/attachments?version=" + report.get("version").asLong(), "年度报告附件.pdf", TestFiles.PDF));
        long reportDocument = report.get("attachments").get(0).get("documentId").asLong();
        Map<String, Object> text = new HashMap<>();
        text.put("text", "奈曼旗2025年度生态文明建设示范区工作进展。");
        text.put("progress", "年度任务完成情况：按计划推进。");
        text.put("version", report.get("version").asLong());
        report = ok(county.put(reportPath, text));
        report = ok(county.post(
                reportPath + "/act",
                Map.of(
                        "action",
                        "ACT",
                        "stepCode",
                        "SUBMIT",
                        "version",
                        report.get("version").asLong())));
        assertThat(report.get("state").asString()).isEqualTo("SUBMITTED");

        // the on-site check: opened on the day, evidence and a finding, concluded with problems
        DossierTestSteps.on(clock, LocalDate.of(2026, 5, 13), checkOpening::runOnce);
        long checkId = jdbc.queryForObject(
                "select id from supervision_check where title_id = ?", Long.class, titled.titleId());
        String checkPath = "/api/supervision-checks/" + checkId;
        ok(province.upload(checkPath + "/evidence", "核查记录.pdf", TestFiles.PDF));
        long evidenceDocument = ok(province.get(checkPath + "/evidence"))
                .get("content")
                .get(0)
                .get("documentId")
                .asLong();
        ok(province.post(checkPath + "/findings", Map.of("indicatorCode", "X1", "textZh", "台账资料不完整")));
        Map<String, Object> conclusion = new HashMap<>();
        conclusion.put("problemsFound", true);
        conclusion.put("textZh", "现场核查发现台账资料不完整，限期整改");
        conclusion.put(
                "version",
                ok(province.get(checkPath)).get("check").get("version").asLong());
        ok(province.post(checkPath + "/conclusion", conclusion));

        // the conclusion orders a rectification (enforcement listens); the county reports on it
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rectifications(titled.titleId()).size() == 1);
        long rectificationId = rectifications(titled.titleId()).getFirst();
        JsonNode order = ok(county.get("/api/rectifications/" + rectificationId));
        Map<String, Object> done = new HashMap<>();
        done.put("version", order.get("version").asLong());
        done.put("report", "已补齐台账资料，整改完成。");
        ok(county.post("/api/rectifications/" + rectificationId + "/report", done));

        String subjectName = fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY);
        Map<String, byte[]> files = unzip(
                Browser.loggedIn(port, subjectName).download("/api/candidacies/" + titled.candidacyId() + "/archive"));
        String index = new String(files.get("index.html"), StandardCharsets.UTF_8);
        Map<String, String> listed = new LinkedHashMap<>();
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher rows = ROW.matcher(index);
        while (rows.find()) {
            String file = rows.group(1).replace("&amp;", "&");
            listed.put(file, rows.group(2));
            sections.put(file, rows.group(3));
        }
        // every listed file is there with the hash the index states, and nothing unlisted but the index
        List<String> expected = new java.util.ArrayList<>(listed.keySet());
        expected.add("index.html");
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        listed.forEach(
                (file, sha) -> assertThat(sha256(files.get(file))).as(file).isEqualTo(sha));
        assertThat(sections.values()).contains("REPORT", "SUPERVISION", "ENFORCEMENT");

        // the report: its record (with the text), its review timeline and the attachment byte for byte
        String reportRecord = only(listed, "11-报告/2025年度报告-" + report.get("id").asLong() + ".json");
        assertThat(new String(files.get(reportRecord), StandardCharsets.UTF_8))
                .contains("奈曼旗2025年度生态文明建设示范区工作进展")
                .contains("SUBMITTED");
        String reportTimeline =
                only(listed, "11-报告/2025年度报告-" + report.get("id").asLong() + "-审核记录.json");
        assertThat(new String(files.get(reportTimeline), StandardCharsets.UTF_8))
                .contains("SUBMIT");
        assertThat(files.get(only(listed, "11-报告/2025年度报告-" + report.get("id").asLong() + "-附件-")))
                .isEqualTo(TestFiles.PDF);

        // the check: conclusion and finding in its record, the evidence byte for byte
        String checkRecord = only(listed, "12-监督检查/现场核查-" + checkId + ".json");
        assertThat(new String(files.get(checkRecord), StandardCharsets.UTF_8))
                .contains("台账资料不完整")
                .contains("现场核查发现台账资料不完整，限期整改");
        assertThat(files.get(only(listed, "12-监督检查/现场核查-" + checkId + "-证据-"))).isEqualTo(TestFiles.PDF);
        assertThat(listed).containsKey("12-监督检查/现场核查-" + checkId + "-办理记录.json");

        // the rectification with the county's report
        String rectification = only(listed, "13-整改/整改-" + rectificationId + ".json");
        assertThat(new String(files.get(rectification), StandardCharsets.UTF_8))
                .contains("已补齐台账资料，整改完成。")
                .contains("SITE_CHECK");

        // each stored document read is audited with the reader
        for (long document : List.of(reportDocument, evidenceDocument)) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_record where username = ? and target like ?",
                            Long.class,
                            subjectName,
                            "Document:" + document + " %"))
                    .as("document %d", document)
                    .isGreaterThanOrEqualTo(1L);
        }
    }

    private List<Long> rectifications(long titleId) {
        return jdbc.queryForList(
                "select id from enforcement_rectification where title_id = ? order by id", Long.class, titleId);
    }

    /** The one listed file whose path starts with {@code prefix}. */
    private static String only(Map<String, String> listed, String prefix) {
        List<String> found =
                listed.keySet().stream().filter(f -> f.startsWith(prefix)).toList();
        assertThat(found).as(prefix).hasSize(1);
        return found.getFirst();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
