package cn.ecozone.publicity;

import static cn.ecozone.publicity.PublicityTestSteps.complain;
import static cn.ecozone.publicity.PublicityTestSteps.created;
import static cn.ecozone.publicity.PublicityTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierSteps;
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
 * Guizhou art. 15 over HTTP: the provincial publicity's complaints are investigated by the province
 * department "或委托" the municipal ecology bureau. A 黔西南州 county (贞丰县, which no other test uses) is
 * driven in the 2024 round (which no other Guizhou test uses) to the provincial publicity; a real-name
 * complaint is handed by the province to the bureau of 黔西南州, whose staff then read it in full,
 * investigate it and record the finding, which the province reads.
 */
@ApiTest
class ComplaintDelegationIT {

    static final String PROVINCE = "520000";
    static final String PREFECTURE = "522300";
    static final String ZHENFENG = "522325";
    static final List<String> CRITERIA = List.of(
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
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DossierSteps dossiers;

    PublicityTestSteps steps;

    Instant before;

    @BeforeEach
    void setUp() {
        before = clock.instant();
        steps = new PublicityTestSteps(port, fixtures, clock);
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(before);
    }

    @Test
    void theProvinceHandsAComplaintToTheMunicipalBureauWhichInvestigatesItAndTheProvinceReadsTheFinding() {
        steps.on(LocalDate.of(2024, 3, 4));
        JsonNode d = steps.atMunicipalPublicity(ZHENFENG, PREFECTURE);
        long id = d.get("id").asLong();
        long round = d.get("round").get("id").asLong();
        publicity(Role.PREFECTURE_GOVERNMENT, PREFECTURE, round, "PUBLICITY", id, LocalDate.of(2024, 3, 5));
        Browser government = steps.as(Role.PREFECTURE_GOVERNMENT, PREFECTURE);
        JsonNode opinion = created(government.post("/api/opinions", Map.of("roundId", round, "stepCode", "RECOMMEND")));
        ok(government.post(
                "/api/opinions/" + opinion.get("id").asLong() + "/issue",
                Map.of("version", opinion.get("version").asLong())));
        ok(government.post("/api/opinions/" + opinion.get("id").asLong() + "/complete-steps", Map.of()));
        panel(round, "DOCUMENT_REVIEW", id);
        panel(round, "SITE_CHECK", id);
        act(steps.as(Role.PROVINCE_STAFF, PROVINCE), id); // art. 15: the selection
        assertThat(dossiers.find(id).orElseThrow().currentStepCode()).isEqualTo("PROVINCE_PUBLICITY");

        long notice = draftAndPublish(
                Role.PROVINCE_STAFF, PROVINCE, round, "PROVINCE_PUBLICITY", id, LocalDate.of(2024, 4, 1));
        steps.on(LocalDate.of(2024, 4, 2));
        String tracking = created(complain(steps.anonymous(), notice, id, "王五", "贞丰县申报的生态产业收入数据不实（测试）"))
                .get("trackingNumber")
                .asString();
        Browser province = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        JsonNode atProvince = ok(province.get("/api/publicity/complaints?noticeId=" + notice))
                .get("content")
                .get(0);
        long complaint = atProvince.get("id").asLong();
        assertThat(atProvince.get("investigatorRole").asString()).isEqualTo("PROVINCE_STAFF");
        assertThat(atProvince.get("mayDelegate").asBoolean()).isTrue();
        assertThat(steps.as(Role.PREFECTURE_STAFF, PREFECTURE)
                        .get("/api/publicity/complaints/" + complaint)
                        .status())
                .as("before the handover the bureau does not see it")
                .isEqualTo(404);

        JsonNode handed = ok(province.post(
                "/api/publicity/complaints/" + complaint + "/delegation",
                Map.of("version", atProvince.get("version").asLong())));
        assertThat(handed.get("investigatorRole").asString()).isEqualTo("PREFECTURE_STAFF");
        assertThat(handed.get("investigatorRegion").asString()).isEqualTo(PREFECTURE);
        assertThat(handed.get("delegatedAt").isNull()).isFalse();
        assertThat(handed.get("mayDelegate").asBoolean()).isFalse();
        assertThat(handed.get("complainantName").asString())
                .as("the province still reads it in full")
                .isEqualTo("王五");
        Response twice = province.post(
                "/api/publicity/complaints/" + complaint + "/delegation",
                Map.of("version", handed.get("version").asLong()));
        assertThat(twice.status()).as("the province no longer investigates it").isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "select role || ' ' || region_code from deadline where subject_type = 'PUBLICITY_COMPLAINT'"
                                + " and subject_id = ? and closed_at is null",
                        String.class,
                        complaint))
                .as("the deadline passed to the bureau")
                .isEqualTo("PREFECTURE_STAFF " + PREFECTURE);

        Browser bureau = steps.as(Role.PREFECTURE_STAFF, PREFECTURE);
        JsonNode atBureau = ok(bureau.get("/api/publicity/complaints/" + complaint));
        assertThat(atBureau.get("complainantName").asString()).isEqualTo("王五");
        assertThat(atBureau.get("contact").asString()).isEqualTo("13800000000");
        assertThat(atBureau.get("trackingNumber").asString()).isEqualTo(tracking);
        assertThat(atBureau.get("mayFind").asBoolean()).isTrue();
        assertThat(province.post(
                                "/api/publicity/complaints/" + complaint + "/finding",
                                Map.of(
                                        "finding",
                                        "TRUE",
                                        "text",
                                        "省厅越权核实（测试）",
                                        "version",
                                        atBureau.get("version").asLong()))
                        .status())
                .isEqualTo(403);
        ok(bureau.post(
                "/api/publicity/complaints/" + complaint + "/finding",
                Map.of(
                        "finding",
                        "UNTRUE",
                        "text",
                        "经黔西南州生态环境局调查核实，数据有据可查（测试）",
                        "version",
                        atBureau.get("version").asLong())));

        JsonNode seen = ok(province.get("/api/publicity/complaints/" + complaint));
        assertThat(seen.get("finding").asString()).isEqualTo("UNTRUE");
        assertThat(seen.get("findingText").asString()).contains("黔西南州生态环境局");
        assertThat(ok(steps.anonymous().get("/api/public/complaints/" + tracking))
                        .get("state")
                        .asString())
                .isEqualTo("FOUND");
    }

    @Test
    void aMunicipalPublicitysComplaintCannotBeHandedOver() {
        steps.on(LocalDate.of(2024, 3, 11));
        JsonNode d = steps.atMunicipalPublicity("522328", PREFECTURE);
        long id = d.get("id").asLong();
        long notice = draftAndPublish(
                Role.PREFECTURE_STAFF,
                PREFECTURE,
                d.get("round").get("id").asLong(),
                "PUBLICITY",
                id,
                LocalDate.of(2024, 3, 12));
        steps.on(LocalDate.of(2024, 3, 13));
        created(complain(steps.anonymous(), notice, id, null, "安龙县材料存疑（测试）"));
        JsonNode c = ok(steps.as(Role.PREFECTURE_STAFF, PREFECTURE).get("/api/publicity/complaints?noticeId=" + notice))
                .get("content")
                .get(0);
        assertThat(c.get("mayDelegate").asBoolean())
                .as("GZ art. 10: the bureau investigates itself")
                .isFalse();
        assertThat(steps.as(Role.PREFECTURE_STAFF, PREFECTURE)
                        .post(
                                "/api/publicity/complaints/" + c.get("id").asLong() + "/delegation",
                                Map.of("version", c.get("version").asLong()))
                        .status())
                .isEqualTo(403);
    }

    /** A notice of {@code stepCode} listing the dossier, drafted and published on {@code published}. */
    private long draftAndPublish(
            Role issuer, String region, long round, String stepCode, long dossier, LocalDate published) {
        Map<String, Object> body = new HashMap<>();
        body.put("roundId", round);
        body.put("stepCode", stepCode);
        body.put("dossierIds", List.of(dossier));
        body.put("title", "“两山”基地公示（委托调查测试）" + stepCode);
        body.put("documentNumber", "黔环函〔2024〕" + stepCode.length() + "号");
        body.put("publishedOn", published.toString());
        body.put("endsOn", null);
        JsonNode drafted = created(steps.as(issuer, region).post("/api/publicity/notices", body));
        steps.on(published);
        ok(steps.as(issuer, region)
                .post(
                        "/api/publicity/notices/" + drafted.get("id").asLong() + "/publish",
                        Map.of("version", drafted.get("version").asLong())));
        return drafted.get("id").asLong();
    }

    /** A notice published on {@code published} and completed two weeks later. */
    private void publicity(Role issuer, String region, long round, String stepCode, long dossier, LocalDate published) {
        long id = draftAndPublish(issuer, region, round, stepCode, dossier, published);
        steps.on(published.plusDays(14));
        Browser b = steps.as(issuer, region);
        long version = ok(b.get("/api/publicity/notices/" + id)).get("version").asLong();
        ok(b.post("/api/publicity/notices/" + id + "/complete", Map.of("version", version)));
    }

    private void act(Browser who, long dossier) {
        JsonNode now = ok(who.get("/api/dossiers/" + dossier));
        Map<String, Object> body = new HashMap<>();
        body.put("action", "ACT");
        body.put("reason", "同意（委托调查测试）");
        body.put("version", now.get("version").asLong());
        ok(who.post("/api/dossiers/" + dossier + "/actions", body));
    }

    /** A panel of three experts at {@code stepCode} scores the dossier, closes, and passes it. */
    private void panel(long round, String stepCode, long dossier) {
        Browser province = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        String field = "黔委托" + stepCode + System.nanoTime();
        List<Browser> experts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String username = fixtures.user(Role.EXPERT, PROVINCE);
            long userId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
            Browser expert = new Browser(port);
            expert.login(username, Fixtures.PASSWORD);
            experts.add(expert);
            Map<String, Object> body = new HashMap<>();
            body.put("name", "黔委托专家" + userId);
            body.put("fields", List.of("生态", field));
            body.put("organization", "黔委托专家单位" + userId);
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
}
