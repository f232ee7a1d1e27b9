package cn.ecozone.opinion;

import static cn.ecozone.opinion.OpinionTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The Guizhou written recommendation opinion (art. 11) through the real chain: two counties of 黔南州
 * (独山县, 平塘县, which no other test uses) pass the municipal publicity (art. 10, the publicity
 * module) and wait at {@code RECOMMEND}; the generic act there is refused with the opinion's message
 * until the municipal government issues an opinion covering them, which then completes the step for both.
 */
@ApiTest
class OpinionRecommendationIT {

    static final String PREFECTURE = "522700";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    Instant before;

    @BeforeEach
    void keepTheClock() {
        before = clock.instant();
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(before);
    }

    @Test
    void anUnissuedRecommendationBlocksTheStepAndTheIssuedOneCompletesItForBothCoveredDossiers() throws Exception {
        OpinionTestSteps steps = new OpinionTestSteps(port, fixtures);
        on(LocalDate.of(2026, 3, 9));
        JsonNode dushan = steps.atMunicipalPublicity("522726", PREFECTURE);
        JsonNode pingtang = steps.atMunicipalPublicity("522727", PREFECTURE);
        long roundId = dushan.get("round").get("id").asLong();
        List<Long> ids = List.of(dushan.get("id").asLong(), pingtang.get("id").asLong());

        // the municipal publicity: 10–16 March 2026, five working days (GZ art. 10), then completed
        Map<String, Object> notice = new HashMap<>();
        notice.put("roundId", roundId);
        notice.put("stepCode", "PUBLICITY");
        notice.put("dossierIds", ids);
        notice.put("title", "“两山”基地预审推荐地区公示（意见测试）");
        notice.put("documentNumber", "黔南环函〔2026〕3号");
        notice.put("publishedOn", "2026-03-10");
        notice.put("endsOn", null);
        JsonNode drafted = ok(government(steps).post("/api/publicity/notices", notice), 201);
        long noticeId = drafted.get("id").asLong();
        on(LocalDate.of(2026, 3, 10));
        ok(
                government(steps)
                        .post(
                                "/api/publicity/notices/" + noticeId + "/publish",
                                Map.of("version", drafted.get("version").asLong())),
                200);
        on(LocalDate.of(2026, 3, 17));
        Browser government = government(steps);
        long noticeVersion = ok(government.get("/api/publicity/notices/" + noticeId), 200)
                .get("version")
                .asLong();
        JsonNode completed = ok(
                government.post("/api/publicity/notices/" + noticeId + "/complete", Map.of("version", noticeVersion)),
                200);
        assertThat(completed.get("entries").findValuesAsString("currentStepCode"))
                .containsOnly("RECOMMEND");

        // no opinion yet: the generic act at RECOMMEND is refused with the opinion module's words
        Response blocked = OpinionTestSteps.act(government, dushan);
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(409);
        assertThat(blocked.body()).contains("RECOMMEND", "意见");

        assertThat(ok(government.get("/api/opinions/steps?roundId=" + roundId), 200)
                        .toString())
                .contains("RECOMMEND");
        JsonNode opinion =
                ok(government.post("/api/opinions", Map.of("roundId", roundId, "stepCode", "RECOMMEND")), 201);
        long id = opinion.get("id").asLong();
        assertThat(opinion.get("dossiers").findValuesAsString("subjectName")).contains("独山县", "平塘县");
        JsonNode content = opinion.get("content");
        assertThat(content.get("publicity").asBoolean()).isTrue();
        assertThat(content.get("divisions").asBoolean()).isFalse();
        assertThat(content.get("panel").asBoolean())
                .as("the province's review comes after art. 11")
                .isFalse();
        assertThat(content.get("candidacies")
                        .get(0)
                        .get("publicityResult")
                        .get("notices")
                        .toString())
                .contains("2026-03-10", "2026-03-16");
        Response early = government.post("/api/opinions/" + id + "/complete-steps", Map.of());
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(steps.as(Role.COUNTY_GOVERNMENT, "522726")
                        .get("/api/opinions/" + id)
                        .status())
                .isEqualTo(403);
        assertThat(steps.as(Role.PROVINCE_STAFF, "520000")
                        .post("/api/opinions/" + id + "/issue", Map.of("version", 0))
                        .status())
                .as("the province reads it but does not form the municipal government's opinion")
                .isEqualTo(403);

        JsonNode issued = ok(
                government.post(
                        "/api/opinions/" + id + "/issue",
                        Map.of("version", opinion.get("version").asLong())),
                200);
        assertThat(issued.get("state").asString()).isEqualTo("ISSUED");
        try (PDDocument pdf = Loader.loadPDF(government.download("/api/opinions/" + id + "/files/pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("独山县", "平塘县", "公示");
        }

        JsonNode done = ok(government.post("/api/opinions/" + id + "/complete-steps", Map.of()), 200);
        assertThat(done.get("dossiers").findValuesAsString("currentStepCode")).containsOnly("DOCUMENT_REVIEW");
        assertThat(done.get("allowedActions").toString()).doesNotContain("COMPLETE_STEPS");
    }

    @Test
    void aCandidacyWithAnOpenComplaintIsLeftAtTheStepWithItsReasonWhileTheOtherMovesOn() throws Exception {
        // 黔西南州: 望谟县 and 册亨县, which no other test uses
        String prefecture = "522300";
        OpinionTestSteps steps = new OpinionTestSteps(port, fixtures);
        on(LocalDate.of(2026, 3, 9));
        JsonNode wangmo = steps.atMunicipalPublicity("522326", prefecture);
        JsonNode ceheng = steps.atMunicipalPublicity("522327", prefecture);
        long roundId = wangmo.get("round").get("id").asLong();
        Browser government = steps.as(Role.PREFECTURE_GOVERNMENT, prefecture);
        Map<String, Object> notice = new HashMap<>();
        notice.put("roundId", roundId);
        notice.put("stepCode", "PUBLICITY");
        notice.put(
                "dossierIds",
                List.of(wangmo.get("id").asLong(), ceheng.get("id").asLong()));
        notice.put("title", "“两山”基地预审推荐地区公示（逐一办结测试）");
        notice.put("documentNumber", "黔西南环函〔2026〕5号");
        notice.put("publishedOn", "2026-03-10");
        notice.put("endsOn", null);
        JsonNode drafted = ok(government.post("/api/publicity/notices", notice), 201);
        long noticeId = drafted.get("id").asLong();
        on(LocalDate.of(2026, 3, 10));
        // a session does not outlive a move of the clock: log in again after each
        government = steps.as(Role.PREFECTURE_GOVERNMENT, prefecture);
        ok(
                government.post(
                        "/api/publicity/notices/" + noticeId + "/publish",
                        Map.of("version", drafted.get("version").asLong())),
                200);
        on(LocalDate.of(2026, 3, 12));
        ok(
                new Browser(port)
                        .post(
                                "/api/public/notices/" + noticeId + "/complaints",
                                Map.of(
                                        "dossierId",
                                        ceheng.get("id").asLong(),
                                        "name",
                                        "",
                                        "contact",
                                        "",
                                        "text",
                                        "册亨县申报材料中的森林覆盖率与统计公报不一致")),
                201);
        on(LocalDate.of(2026, 3, 17));
        government = steps.as(Role.PREFECTURE_GOVERNMENT, prefecture);
        long noticeVersion = ok(government.get("/api/publicity/notices/" + noticeId), 200)
                .get("version")
                .asLong();
        ok(government.post("/api/publicity/notices/" + noticeId + "/complete", Map.of("version", noticeVersion)), 200);
        JsonNode opinion =
                ok(government.post("/api/opinions", Map.of("roundId", roundId, "stepCode", "RECOMMEND")), 201);
        long id = opinion.get("id").asLong();
        ok(
                government.post(
                        "/api/opinions/" + id + "/issue",
                        Map.of("version", opinion.get("version").asLong())),
                200);

        JsonNode done = ok(government.post("/api/opinions/" + id + "/complete-steps", Map.of()), 200);
        Map<String, String> at = new HashMap<>();
        done.get("dossiers")
                .forEach(d -> at.put(
                        d.get("subjectName").asString(),
                        d.get("currentStepCode").asString()));
        assertThat(at).containsEntry("望谟县", "DOCUMENT_REVIEW").containsEntry("册亨县", "RECOMMEND");
        assertThat(done.get("skipped")).hasSize(1);
        JsonNode skipped = done.get("skipped").get(0);
        assertThat(skipped.get("dossierId").asLong()).isEqualTo(ceheng.get("id").asLong());
        assertThat(skipped.get("subjectName").asString()).isEqualTo("册亨县");
        assertThat(skipped.get("reasons").toString()).contains("投诉");
        assertThat(done.get("allowedActions").toString())
                .as("册亨县 still waits: the step can be completed once the complaint is concluded")
                .contains("COMPLETE_STEPS");
    }

    private Browser government(OpinionTestSteps steps) {
        return steps.as(Role.PREFECTURE_GOVERNMENT, PREFECTURE);
    }

    private void on(LocalDate day) {
        clock.set(day.atTime(12, 0).atZone(OpinionTestSteps.BEIJING).toInstant());
    }
}
