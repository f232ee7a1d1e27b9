package cn.ecozone.opinion;

import static cn.ecozone.opinion.OpinionTestSteps.ok;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An opinion covers a dossier for one opening of its step (ADR 0027): two counties of 安顺市 (关岭县,
 * 紫云县, which no other test uses) pass the municipal publicity and the recommendation opinion (GZ arts.
 * 10–11); the province returns 关岭县 from the document review (art. 14) to {@code RECOMMEND}. The first
 * opinion no longer meets the step for it, and a supplementary opinion (补充意见) covers it alone.
 */
@ApiTest
class OpinionPerOpeningIT {

    static final String PREFECTURE = "520400";

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
    void aDossierReturnedToTheStepIsCoveredOnlyByASupplementaryOpinionOfItsNewOpening() {
        OpinionTestSteps steps = new OpinionTestSteps(port, fixtures);
        on(LocalDate.of(2026, 3, 9));
        JsonNode guanling = steps.atMunicipalPublicity("520424", PREFECTURE);
        JsonNode ziyun = steps.atMunicipalPublicity("520425", PREFECTURE);
        long roundId = guanling.get("round").get("id").asLong();
        publicised(
                steps,
                roundId,
                List.of(guanling.get("id").asLong(), ziyun.get("id").asLong()));

        Browser government = steps.as(Role.PREFECTURE_GOVERNMENT, PREFECTURE);
        Map<String, Object> create = Map.of("roundId", roundId, "stepCode", "RECOMMEND");
        JsonNode first = ok(government.post("/api/opinions", create), 201);
        long firstId = first.get("id").asLong();
        assertThat(first.get("sequence").asInt()).isEqualTo(1);
        assertThat(first.get("dossiers").findValuesAsString("subjectName"))
                .containsExactlyInAnyOrder("关岭布依族苗族自治县", "紫云苗族布依族自治县");
        ok(
                government.post(
                        "/api/opinions/" + firstId + "/issue",
                        Map.of("version", first.get("version").asLong())),
                200);
        JsonNode done = ok(government.post("/api/opinions/" + firstId + "/complete-steps", Map.of()), 200);
        assertThat(done.get("dossiers").findValuesAsString("currentStepCode")).containsOnly("DOCUMENT_REVIEW");

        // the province returns 关岭县 from the document review: it waits at RECOMMEND again, a new opening
        Browser province = steps.as(Role.PROVINCE_STAFF, "520000");
        JsonNode atReview = ok(province.get(OpinionTestSteps.path(guanling)), 200);
        JsonNode returned = DossierTestSteps.ok(
                DossierTestSteps.action(province, atReview, "RETURN", "推荐意见未说明公示期间收到的意见，请重新形成书面推荐意见"));
        assertThat(returned.get("run").get("currentStepCode").asString()).isEqualTo("RECOMMEND");

        // the first opinion covered the earlier opening: the act is refused in the opinion's words, and the
        // first opinion offers no completion for it
        Response blocked = OpinionTestSteps.act(government, guanling);
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(409);
        assertThat(blocked.body()).contains("RECOMMEND");
        assertThat(ok(government.get("/api/opinions/" + firstId), 200)
                        .get("allowedActions")
                        .toString())
                .doesNotContain("COMPLETE_STEPS");

        // a supplementary opinion covers the returned dossier alone; a second draft beside it is 409
        JsonNode second = ok(government.post("/api/opinions", create), 201);
        long secondId = second.get("id").asLong();
        assertThat(second.get("sequence").asInt()).isEqualTo(2);
        assertThat(second.get("title").asString()).contains("补充意见");
        assertThat(second.get("dossiers").findValuesAsString("subjectName")).containsExactly("关岭布依族苗族自治县");
        assertThat(government.post("/api/opinions", create).status()).isEqualTo(409);
        ok(
                government.post(
                        "/api/opinions/" + secondId + "/issue",
                        Map.of("version", second.get("version").asLong())),
                200);
        JsonNode again = ok(government.post("/api/opinions/" + secondId + "/complete-steps", Map.of()), 200);
        assertThat(again.get("dossiers").findValuesAsString("currentStepCode")).containsOnly("DOCUMENT_REVIEW");
        assertThat(again.get("skipped")).isEmpty();

        // nothing waits uncovered now; the first opinion stays as it was issued (history)
        Response nothing = government.post("/api/opinions", create);
        assertThat(nothing.status()).as(nothing.toString()).isEqualTo(422);
        assertThat(ok(government.get("/api/opinions/" + firstId), 200).get("dossiers"))
                .hasSize(2);
        assertThat(ok(government.get("/api/opinions?roundId=" + roundId), 200)
                        .get("content")
                        .findValuesAsString("sequence"))
                .contains("1", "2");
    }

    /** The municipal publicity of the two dossiers, 10–16 March 2026 (GZ art. 10), then completed. */
    private void publicised(OpinionTestSteps steps, long roundId, List<Long> dossierIds) {
        Map<String, Object> notice = new HashMap<>();
        notice.put("roundId", roundId);
        notice.put("stepCode", "PUBLICITY");
        notice.put("dossierIds", dossierIds);
        notice.put("title", "“两山”基地预审推荐地区公示（补充意见测试）");
        notice.put("documentNumber", "安环函〔2026〕7号");
        notice.put("publishedOn", "2026-03-10");
        notice.put("endsOn", null);
        JsonNode drafted =
                ok(steps.as(Role.PREFECTURE_GOVERNMENT, PREFECTURE).post("/api/publicity/notices", notice), 201);
        long noticeId = drafted.get("id").asLong();
        on(LocalDate.of(2026, 3, 10));
        ok(
                steps.as(Role.PREFECTURE_GOVERNMENT, PREFECTURE)
                        .post(
                                "/api/publicity/notices/" + noticeId + "/publish",
                                Map.of("version", drafted.get("version").asLong())),
                200);
        on(LocalDate.of(2026, 3, 17));
        Browser government = steps.as(Role.PREFECTURE_GOVERNMENT, PREFECTURE);
        long version = ok(government.get("/api/publicity/notices/" + noticeId), 200)
                .get("version")
                .asLong();
        JsonNode completed = ok(
                government.post("/api/publicity/notices/" + noticeId + "/complete", Map.of("version", version)), 200);
        assertThat(completed.get("entries").findValuesAsString("currentStepCode"))
                .containsOnly("RECOMMEND");
    }

    private void on(LocalDate day) {
        clock.set(day.atTime(12, 0).atZone(OpinionTestSteps.BEIJING).toInstant());
    }
}
