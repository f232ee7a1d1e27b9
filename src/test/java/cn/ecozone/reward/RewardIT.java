package cn.ecozone.reward;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.title.TitledSubjects;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Rewards of titled areas over HTTP (docs/archive.md): recorded by the province's staff, corrected with
 * a reason into the history, never deleted; bad input answers 400 naming the field and changes nothing;
 * the subject reads its own, another province and another county find nothing, administrators are refused.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RewardIT {

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

    TitledSubjects.Titled guizhou;
    TitledSubjects.Titled innerMongolia;
    LocalDate today;

    @BeforeAll
    void titled() {
        TitledSubjects titled = new TitledSubjects(port, fixtures, jdbc, clock, candidacies);
        today = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING));
        guizhou = titled.guizhou("522730", today.minusYears(1));
        innerMongolia = titled.innerMongolia("150428", Role.COUNTY_GOVERNMENT, "ECO_CIVILIZATION_ZONE", today);
    }

    private Browser as(Role role, String region) {
        return new DossierTestSteps(port, fixtures).as(role, region);
    }

    private Map<String, Object> reward(Object amount, LocalDate on, String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", amount);
        body.put("awardedOn", on == null ? null : on.toString());
        body.put("documentNumber", number);
        body.put("issuingBody", "贵州省财政厅 贵州省生态环境厅");
        body.put("note", "以奖促建");
        return body;
    }

    private long rewardCount() {
        return jdbc.queryForObject("select count(*) from reward", Long.class);
    }

    @Test
    void theProvinceRecordsARewardAndCorrectsItWithAReasonThatTheHistoryKeeps() {
        Browser province = as(Role.PROVINCE_STAFF, "520000");
        Response created = province.post(
                "/api/titles/" + guizhou.titleId() + "/rewards",
                reward("500000.00", today.minusDays(10), "黔财资环〔2026〕1号"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode r = created.json();
        long id = r.get("id").asLong();
        assertThat(r.get("amount").decimalValue()).isEqualByComparingTo("500000");
        assertThat(r.get("titleId").asLong()).isEqualTo(guizhou.titleId());

        JsonNode ofTitle = ok(province.get("/api/titles/" + guizhou.titleId() + "/rewards"));
        assertThat(ofTitle.get("dutyArticle").asString()).isEqualTo("第二十条"); // GZ art. 20
        assertThat(ofTitle.get("canRecord").asBoolean()).isTrue();
        assertThat(ofTitle.get("rewards")).extracting(n -> n.get("id").asLong()).contains(id);

        Map<String, Object> correction = reward("450000", today.minusDays(10), "黔财资环〔2026〕1号");
        correction.put("version", r.get("version").asLong());
        Response noReason = province.put("/api/rewards/" + id, correction);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        correction.put("reason", "财政下达文件金额更正");
        JsonNode corrected = ok(province.put("/api/rewards/" + id, correction));
        assertThat(corrected.get("amount").decimalValue()).isEqualByComparingTo("450000");
        assertThat(corrected.get("history")).hasSize(1);
        JsonNode change = corrected.get("history").get(0);
        assertThat(change.get("field").asString()).isEqualTo("amount");
        assertThat(change.get("oldValue").asString()).isEqualTo("500000");
        assertThat(change.get("newValue").asString()).isEqualTo("450000");
        assertThat(change.get("reason").asString()).isEqualTo("财政下达文件金额更正");

        // the same version again: someone else's correction came first
        Response stale = province.put("/api/rewards/" + id, correction);
        assertThat(stale.status()).isEqualTo(409);

        // never deleted: there is no DELETE
        Response delete = province.delete("/api/rewards/" + id);
        assertThat(delete.status()).isIn(404, 405);
        assertThat(jdbc.queryForObject("select count(*) from reward where id = ?", Long.class, id))
                .isEqualTo(1L);
    }

    @Test
    void badInputIsRefusedWith400NamingTheFieldAndNothingIsSaved() {
        Browser province = as(Role.PROVINCE_STAFF, "520000");
        String path = "/api/titles/" + guizhou.titleId() + "/rewards";
        long before = rewardCount();
        assertField(province.post(path, reward("-1", today, "黔财〔2026〕2号")), "amount");
        assertField(province.post(path, reward("1.005", today, "黔财〔2026〕2号")), "amount");
        assertField(province.post(path, reward(null, today, "黔财〔2026〕2号")), "amount");
        assertField(province.post(path, reward("100", today.plusDays(1), "黔财〔2026〕2号")), "awardedOn");
        assertField(province.post(path, reward("100", null, "黔财〔2026〕2号")), "awardedOn");
        assertField(province.post(path, reward("100", today, " ")), "documentNumber");
        assertThat(rewardCount()).isEqualTo(before);
        // zero is a valid amount
        assertThat(province.post(path, reward("0", today, "黔财〔2026〕3号")).status())
                .isEqualTo(201);
    }

    private static void assertField(Response r, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void theSubjectReadsItsOwnWhileAnotherProvinceAndAnotherCountyFindNothing() {
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        JsonNode r = province.post(
                        "/api/titles/" + innerMongolia.titleId() + "/rewards", reward("300000", today, "内财资环〔2026〕7号"))
                .json();
        long id = r.get("id").asLong();

        Browser subject = as(Role.COUNTY_GOVERNMENT, "150428");
        JsonNode own = ok(subject.get("/api/titles/" + innerMongolia.titleId() + "/rewards"));
        assertThat(own.get("rewards")).extracting(n -> n.get("id").asLong()).containsExactly(id);
        assertThat(own.get("canRecord").asBoolean()).isFalse();
        assertThat(own.get("dutyArticle").asString()).isEqualTo("第二十条"); // IM eco-civ art. 20
        assertThat(ok(subject.get("/api/rewards/" + id)).get("editable").asBoolean())
                .isFalse();
        // the subject may not record (403)
        assertThat(subject.post("/api/titles/" + innerMongolia.titleId() + "/rewards", reward("1", today, "x"))
                        .status())
                .isEqualTo(403);

        Browser otherProvince = as(Role.PROVINCE_STAFF, "520000");
        assertThat(otherProvince.get("/api/rewards/" + id).status()).isEqualTo(404);
        assertThat(otherProvince
                        .get("/api/titles/" + innerMongolia.titleId() + "/rewards")
                        .status())
                .isEqualTo(404);
        assertThat(otherProvince
                        .post("/api/titles/" + innerMongolia.titleId() + "/rewards", reward("1", today, "x"))
                        .status())
                .isEqualTo(404);
        Browser otherCounty = as(Role.COUNTY_GOVERNMENT, "150429");
        assertThat(otherCounty.get("/api/rewards/" + id).status()).isEqualTo(404);

        Browser admin = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"));
        assertThat(admin.get("/api/rewards/" + id).status()).isEqualTo(403);
        assertThat(admin.get("/api/rewards").status()).isEqualTo(403);
    }

    @Test
    void theProvinceListFiltersByYearAndProgrammeAndExportsAWorkbook() {
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        province.post(
                "/api/titles/" + innerMongolia.titleId() + "/rewards",
                reward("120000", today.minusYears(1), "内财资环〔" + (today.getYear() - 1) + "〕5号"));
        JsonNode lastYear = ok(province.get("/api/rewards?year=" + (today.getYear() - 1) + "&region=150428"));
        assertThat(lastYear.get("content"))
                .extracting(n -> n.get("documentNumber").asString())
                .containsExactly("内财资环〔" + (today.getYear() - 1) + "〕5号");
        assertThat(ok(province.get("/api/rewards?region=150428&programme=TWO_MOUNTAINS_BASE"))
                        .get("totalElements")
                        .asLong())
                .isZero();
        assertThat(ok(province.get("/api/rewards?region=150428&q="
                                + java.net.URLEncoder.encode(
                                        (today.getYear() - 1) + "〕5", java.nio.charset.StandardCharsets.UTF_8)))
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
        Response export = province.get("/api/rewards/export?region=150428");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/vnd.openxmlformats");
    }
}
