package cn.ecozone.archive;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import cn.ecozone.title.TitledSubjects;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The candidacy archive (创建工作档案) over HTTP: one ZIP whose {@code index.html} lists every file it holds
 * with a SHA-256 that matches the file's bytes; the subject and the province take it, another county and
 * the prefecture's staff find nothing, administrators are refused; each document read is audited with
 * the reader.
 */
@ApiTest
class CandidacyArchiveIT {

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

    @Test
    void theArchiveOfATitledCandidacyHoldsItsIndexAndEveryListedFileWithAMatchingHash() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING));
        var titled = new TitledSubjects(port, fixtures, jdbc, clock, candidacies)
                .innerMongolia("150429", Role.COUNTY_GOVERNMENT, "ECO_CIVILIZATION_ZONE", today.minusYears(1));
        Browser province = new DossierTestSteps(port, fixtures).as(Role.PROVINCE_STAFF, "150000");
        Response reward = province.post(
                "/api/titles/" + titled.titleId() + "/rewards",
                Map.of(
                        "amount", "800000",
                        "awardedOn", today.toString(),
                        "documentNumber", "内财资环〔2026〕21号",
                        "issuingBody", "内蒙古自治区财政厅"));
        assertThat(reward.status()).as(reward.toString()).isEqualTo(201);
        long rewardId = reward.json().get("id").asLong();
        Response attached = province.upload(
                "/api/rewards/" + rewardId + "/document?version="
                        + reward.json().get("version").asLong(),
                "奖励文件.pdf",
                TestFiles.PDF);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        long rewardDocument = attached.json().get("documentId").asLong();

        String subjectName = fixtures.user(Role.COUNTY_GOVERNMENT, "150429");
        Browser subject = Browser.loggedIn(port, subjectName);
        String path = "/api/candidacies/" + titled.candidacyId() + "/archive";
        Map<String, byte[]> files = unzip(subject.download(path));

        assertThat(files).containsKey("index.html");
        String index = new String(files.get("index.html"), java.nio.charset.StandardCharsets.UTF_8);
        Matcher rows = ROW.matcher(index);
        Map<String, String> listed = new LinkedHashMap<>();
        Map<String, String> sections = new LinkedHashMap<>();
        while (rows.find()) {
            String file = rows.group(1).replace("&amp;", "&");
            listed.put(file, rows.group(2));
            sections.put(file, rows.group(3));
        }
        assertThat(listed).isNotEmpty();
        // every listed file is there with the hash the index states, and nothing unlisted but the index
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(concat(listed.keySet(), "index.html"));
        listed.forEach(
                (file, sha) -> assertThat(sha256(files.get(file))).as(file).isEqualTo(sha));
        assertThat(sections.values()).contains("CANDIDACY", "DOSSIER", "NAMING", "TITLE", "REWARD");
        // the dossier's uploaded materials are there byte for byte
        assertThat(listed.keySet())
                .anySatisfy(f -> assertThat(f).startsWith("04-申报材料/").endsWith(".pdf"));
        assertThat(listed.keySet())
                .anySatisfy(f -> assertThat(f).startsWith("04-申报材料/").endsWith("指标快照.json"));
        String rewardFile = listed.keySet().stream()
                .filter(f -> f.startsWith("10-奖励/") && f.endsWith("-文件"))
                .findFirst()
                .orElseThrow();
        assertThat(files.get(rewardFile)).isEqualTo(TestFiles.PDF);
        assertThat(index).contains("内财资环〔2026〕21号");

        // each document read is audited with the reader, as reads in the request thread are
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where username = ? and target like ?",
                        Long.class,
                        subjectName,
                        "Document:" + rewardDocument + " %"))
                .isGreaterThanOrEqualTo(1L);

        // the province takes the same files
        Map<String, byte[]> provinces = unzip(province.download(path));
        assertThat(provinces.keySet()).containsExactlyInAnyOrderElementsOf(files.keySet());

        Response otherCounty = new DossierTestSteps(port, fixtures)
                .as(Role.COUNTY_GOVERNMENT, "150430")
                .get(path);
        assertThat(otherCounty.status()).isEqualTo(404);
        Response prefecture = new DossierTestSteps(port, fixtures)
                .as(Role.PREFECTURE_STAFF, "150400")
                .get(path);
        assertThat(prefecture.status()).isEqualTo(404);
        Response otherProvince = new DossierTestSteps(port, fixtures)
                .as(Role.PROVINCE_STAFF, "520000")
                .get(path);
        assertThat(otherProvince.status()).isEqualTo(404);
        Browser admin = Browser.loggedIn(port, fixtures.user(Role.AUDIT_ADMIN, "150000"));
        assertThat(admin.get(path).status()).isEqualTo(403);
    }

    private static java.util.List<String> concat(java.util.Set<String> files, String extra) {
        java.util.List<String> all = new java.util.ArrayList<>(files);
        all.add(extra);
        return all;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in =
                new ZipInputStream(new ByteArrayInputStream(zip), java.nio.charset.StandardCharsets.UTF_8)) {
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
