package cn.ecozone.title;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The Guizhou county path on GZ-TWOMTN-2021 v3 through the real modules, every step by its role: the
 * municipal bureau leads and the government consents (art. 9), the municipal publicity (art. 10,
 * publicity), the written recommendation (art. 11, opinion), the document review and the site check
 * (art. 14, review panels), the selection and the provincial publicity (art. 15), and the department's
 * naming (art. 16) with the 3-year title.
 */
@ApiTest
class GuizhouPathIT {

    private static final String PROVINCE = "520000";
    private static final String TONGREN = "520600";
    private static final String COUNTY = "520627";
    private static final List<String> CRITERIA = List.of(
            "MATERIALS",
            "PLAN_QUALITY",
            "ENVIRONMENT",
            "CONVERSION_RESULTS",
            "INSTITUTIONAL_INNOVATION",
            "MODEL_TYPICALITY",
            "INFLUENCE");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    Instant before;
    TitleTestSteps steps;

    @BeforeEach
    void setUp() {
        before = clock.instant();
        steps = new TitleTestSteps(port, fixtures, jdbc);
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(before);
    }

    private void on(LocalDate day) {
        clock.set(day.atTime(12, 0).atZone(DossierTestSteps.BEIJING).toInstant());
    }

    private static JsonNode created(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /** A notice of {@code stepCode} published on {@code published} by {@code issuer}, completed a week later. */
    private void publicity(Role issuer, String region, long round, String stepCode, long dossier, LocalDate published) {
        Map<String, Object> notice = new HashMap<>();
        notice.put("roundId", round);
        notice.put("stepCode", stepCode);
        notice.put("dossierIds", List.of(dossier));
        notice.put("title", "“两山”基地公示（路径测试）" + stepCode);
        notice.put("documentNumber", "黔环函〔2026〕" + stepCode.length() + "号");
        notice.put("publishedOn", published.toString());
        notice.put("endsOn", null);
        JsonNode drafted = created(steps.as(issuer, region).post("/api/publicity/notices", notice));
        long id = drafted.get("id").asLong();
        on(published);
        ok(steps.as(issuer, region)
                .post(
                        "/api/publicity/notices/" + id + "/publish",
                        Map.of("version", drafted.get("version").asLong())));
        on(published.plusDays(14));
        Browser b = steps.as(issuer, region);
        long version = ok(b.get("/api/publicity/notices/" + id)).get("version").asLong();
        ok(b.post("/api/publicity/notices/" + id + "/complete", Map.of("version", version)));
    }

    /** A panel of three experts at {@code stepCode} scores the dossier, closes, and passes it. */
    private void panel(long round, String stepCode, long dossier) {
        Browser province = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        String field = "黔" + stepCode + System.nanoTime();
        List<Browser> experts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String username = fixtures.user(Role.EXPERT, PROVINCE);
            long userId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
            Browser expert = new Browser(port);
            expert.login(username, Fixtures.PASSWORD);
            experts.add(expert);
            Map<String, Object> body = new HashMap<>();
            body.put("name", "黔专家" + userId);
            body.put("fields", List.of("生态", field));
            body.put("organization", "黔专家单位" + userId);
            body.put("orgRegionCode", "520102");
            body.put("title", "研究员");
            body.put("contact", "0851-0000000");
            body.put("userId", userId);
            created(province.post("/api/review/experts", body));
        }
        JsonNode panel = created(province.post(
                "/api/review/panels", Map.of("roundId", round, "stepCode", stepCode, "field", field, "size", 3)));
        long panelId = panel.get("id").asLong();
        Map<String, Object> scores = new HashMap<>();
        CRITERIA.forEach(c -> scores.put(c, 8));
        for (Browser expert : experts) {
            Map<String, Object> sheet = new HashMap<>();
            sheet.put("scores", scores);
            sheet.put("opinion", "符合第十四条所列各方面（测试意见）");
            sheet.put("submit", true);
            ok(expert.put("/api/review/my-panels/" + panelId + "/dossiers/" + dossier + "/sheet", sheet));
        }
        long version =
                ok(province.get("/api/review/panels/" + panelId)).get("version").asLong();
        ok(province.post("/api/review/panels/" + panelId + "/close", Map.of("version", version)));
        ok(province.post(
                "/api/review/panels/" + panelId + "/dossiers/" + dossier + "/decision", Map.of("decision", "PASS")));
    }

    @Test
    void aGuizhouCountyGoesFromSubmissionThroughEveryModuleToTheDepartmentsNamingAndAThreeYearTitle() {
        int year = LocalDate.now(DossierTestSteps.BEIJING).getYear();
        on(LocalDate.of(year, 3, 2));
        JsonNode candidacy = steps.dossiers.candidacy(PROVINCE, COUNTY, "TWO_MOUNTAINS_BASE");
        Browser subject = steps.as(Role.COUNTY_GOVERNMENT, COUNTY);
        JsonNode d = DossierTestSteps.ok(DossierTestSteps.submit(
                subject, DossierTestSteps.complete(subject, DossierTestSteps.created(subject, candidacy, null))));
        assertThat(d.get("run").get("definitionVersion").asInt()).isEqualTo(4);
        long dossier = d.get("id").asLong();
        long round = d.get("round").get("id").asLong();
        d = TitleTestSteps.step(steps.as(Role.PREFECTURE_STAFF, TONGREN), d, null, "CONSENT"); // art. 9
        d = TitleTestSteps.step(steps.as(Role.PREFECTURE_GOVERNMENT, TONGREN), d, null, "PUBLICITY"); // art. 9

        // art. 10: the municipal bureau publicises (the government or its bureau), at least 5 working days
        publicity(Role.PREFECTURE_STAFF, TONGREN, round, "PUBLICITY", dossier, LocalDate.of(year, 3, 3));
        Browser government = steps.as(Role.PREFECTURE_GOVERNMENT, TONGREN);
        assertThat(TitleTestSteps.currentStep(ok(government.get(DossierTestSteps.path(d)))))
                .isEqualTo("RECOMMEND");

        // art. 11: the written recommendation opinion, issued, completes the step
        JsonNode opinion = created(government.post("/api/opinions", Map.of("roundId", round, "stepCode", "RECOMMEND")));
        ok(government.post(
                "/api/opinions/" + opinion.get("id").asLong() + "/issue",
                Map.of("version", opinion.get("version").asLong())));
        ok(government.post("/api/opinions/" + opinion.get("id").asLong() + "/complete-steps", Map.of()));

        // art. 14: the document review and the site check, each by a closed panel
        panel(round, "DOCUMENT_REVIEW", dossier);
        panel(round, "SITE_CHECK", dossier);
        Browser department = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        d = ok(department.get(DossierTestSteps.path(d)));
        d = TitleTestSteps.step(department, d, null, "PROVINCE_PUBLICITY"); // art. 15: the selection

        // art. 15: the provincial publicity
        publicity(Role.PROVINCE_STAFF, PROVINCE, round, "PROVINCE_PUBLICITY", dossier, LocalDate.of(year, 4, 1));
        department = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        d = ok(department.get(DossierTestSteps.path(d)));
        assertThat(TitleTestSteps.currentStep(d)).isEqualTo("DESIGNATE");

        // art. 16: the generic act is refused without the naming on record; the naming gives the title
        Response blocked = TitleTestSteps.act(department, d, null);
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(409);
        LocalDate namedOn = LocalDate.of(year, 4, 15);
        JsonNode naming = ok(department.post(
                "/api/namings/" + dossier,
                TitleTestSteps.naming(true, "黔环函〔2026〕16号", namedOn, null, TitleTestSteps.runVersion(d))));
        assertThat(naming.get("title").get("validityYears").asInt()).isEqualTo(3);
        assertThat(naming.get("title").get("validityArticle").asString()).isEqualTo("第十六条");
        assertThat(naming.get("title").get("validUntil").asString())
                .isEqualTo(namedOn.plusYears(3).minusDays(1).toString());
        assertThat(ok(department.get("/api/candidacies/" + candidacy.get("id").asLong()))
                        .get("state")
                        .asString())
                .isEqualTo("TITLED");
    }
}
