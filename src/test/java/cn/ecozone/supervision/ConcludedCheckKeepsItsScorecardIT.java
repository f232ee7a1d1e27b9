package cn.ecozone.supervision;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.supervision.internal.CheckOpeningJob;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.title.TitledSubjects;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A concluded check keeps what it judged (ADR 0035, amended 2026-12-07): while a Guizhou post-evaluation
 * is open its page shows the live Two Mountains Index scorecards; once concluded, a value changed later
 * alters neither its page nor its record in the archive. Region: 520423 (镇宁), whose other test
 * (ExcelTemplateIT) writes and re-imports 2024 and 2025; this one names it on 20 July 2022 and writes 2023.
 */
@ApiTest
class ConcludedCheckKeepsItsScorecardIT {

    private static final String COUNTY = "520423";

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
    CheckOpeningJob job;

    @Autowired
    JsonMapper json;

    @Test
    void aConcludedPostEvaluationShowsAndArchivesTheValuesItJudgedNotThoseChangedLater() throws IOException {
        var titled =
                new TitledSubjects(port, fixtures, jdbc, clock, candidacies).guizhou(COUNTY, LocalDate.of(2022, 7, 20));
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        Browser gz = steps.as(Role.PROVINCE_STAFF, "520000");
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, COUNTY);
        SupervisionTestSteps.openOn(clock, job, LocalDate.of(2025, 7, 20));
        long id = SupervisionTestSteps.checksOf(gz, COUNTY)
                .get("content")
                .get(0)
                .get("id")
                .asLong();
        String page = "/api/supervision-checks/" + id;
        String edition = ok(gz.get(page)).get("editionCode").asString();
        String value = "/api/indicator-values/" + edition + "/" + COUNTY + "/2023/GZ-02";

        // open: the page follows the values as they are entered and corrected
        JsonNode entered = ok(county.put(value, Map.of("value", 97.0)));
        assertThat(valueIn(ok(gz.get(page)), 2023, "GZ-02")).isEqualTo(97.0);
        JsonNode corrected = ok(county.put(value, change(entered, 90.0)));
        assertThat(valueIn(ok(gz.get(page)), 2023, "GZ-02"))
                .as("live while open")
                .isEqualTo(90.0);

        Map<String, Object> conclusion = new HashMap<>();
        conclusion.put("problemsFound", false);
        conclusion.put("textZh", "指数各年度数据已核对，未发现问题");
        JsonNode concluded = ok(gz.post(page + "/conclusion", conclusion));
        assertThat(concluded.get("check").get("state").asString()).isEqualTo("CONCLUDED");
        assertThat(valueIn(concluded, 2023, "GZ-02")).isEqualTo(90.0);

        // concluded: a later correction changes the live scorecard, not what the check judged
        ok(county.put(value, change(corrected, 60.0)));
        JsonNode after = ok(gz.get(page));
        assertThat(valueIn(after, 2023, "GZ-02")).as("frozen at the conclusion").isEqualTo(90.0);
        assertThat(after.get("index")).extracting(n -> n.get("year").asInt()).containsExactly(2022, 2023, 2024);
        assertThat(valueIn(ok(county.get(page)), 2023, "GZ-02")).isEqualTo(90.0);

        // the archive's record of the check carries the same frozen scorecards
        Map<String, byte[]> files = unzip(Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY))
                .download("/api/candidacies/" + titled.candidacyId() + "/archive"));
        String name = files.keySet().stream()
                .filter(f -> f.equals("12-监督检查/后评估-" + id + ".json"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check record in " + files.keySet()));
        JsonNode record = json.readTree(new String(files.get(name), StandardCharsets.UTF_8));
        assertThat(record.get("judged").get("index"))
                .extracting(n -> n.get("year").asInt())
                .containsExactly(2022, 2023, 2024);
        assertThat(valueIn(record.get("judged"), 2023, "GZ-02")).isEqualTo(90.0);
    }

    private static Map<String, Object> change(JsonNode current, double to) {
        Map<String, Object> body = new HashMap<>();
        body.put("value", to);
        body.put("version", current.get("version").asLong());
        body.put("reason", "核对后更正");
        return body;
    }

    /** The value of {@code code} in the index scorecard of {@code year} on a check's page or record. */
    private static double valueIn(JsonNode view, int year, String code) {
        for (JsonNode card : view.get("index")) {
            if (card.get("year").asInt() == year) {
                for (JsonNode row : card.get("rows")) {
                    if (row.get("code").asString().equals(code)) {
                        return row.get("value").asDouble();
                    }
                }
            }
        }
        throw new AssertionError("no " + code + " for " + year + " in " + view);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
