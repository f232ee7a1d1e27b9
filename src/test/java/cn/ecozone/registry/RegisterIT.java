package cn.ecozone.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.audit.AuditEntry;
import cn.ecozone.audit.AuditManagement;
import cn.ecozone.registry.internal.RegisterEntries;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import cn.ecozone.support.Together;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The registers through HTTP: each kind, entry and confirmation, scope, corrections, races. */
@ApiTest
class RegisterIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RegisterEntries entries;

    @Autowired
    AuditManagement audit;

    @Autowired
    Clock clock;

    Browser as(Role role, String region) {
        return Browser.loggedIn(port, fixtures.user(role, region));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }

    static String marker(String what) {
        return what + System.nanoTime();
    }

    static JsonNode created(Browser who, Map<String, Object> body) {
        Response r = who.post("/api/registers", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    JsonNode list(Browser who, String query) {
        Response r = who.get("/api/registers?" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Marks 额济纳旗 as a key ecological function area county, as province staff would in the regions. */
    void keyArea(String code) {
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        JsonNode region = province.get("/api/regions/" + code).json();
        if (region.get("keyEcologicalFunctionArea").asBoolean()) {
            return;
        }
        Map<String, Object> body = new HashMap<>();
        body.put("terrain", region.get("terrain").asString());
        body.put("keyEcologicalFunctionArea", true);
        body.put("reason", "国家重点生态功能区县名录");
        body.put("version", region.get("version").asLong());
        Response r = province.put("/api/regions/" + code + "/attributes", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(RegisterKind.class)
    void aValidRecordOfEachKindIsSavedConfirmedAndListedAndAMissingFieldOfItsOwnIsNamed(RegisterKind kind) {
        keyArea("152923");
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        String marker = marker(kind.name());
        Map<String, Object> body = RegisterBodies.valid(kind.name(), "152923", today().minusDays(10), marker);

        JsonNode record = created(province, body);
        assertThat(record.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(record.get("regionName").asString()).isEqualTo("额济纳旗");
        assertThat(record.get("sourceNumber").asString()).isEqualTo("测试〔2025〕1号");
        JsonNode page = list(province, "kind=" + kind + "&q=" + q(marker));
        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        LocalDate day = LocalDate.parse(record.get("occurredOn").asString());
        assertThat(list(province, "kind=" + kind + "&q=" + q(marker) + "&from=" + day + "&to=" + day + "&region=152900")
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
        assertThat(list(province, "kind=" + kind + "&q=" + q(marker) + "&from=" + day.plusDays(1))
                        .get("totalElements")
                        .asLong())
                .isZero();
        assertThat(list(province, "kind=" + kind + "&q=" + q(marker) + "&region=152500")
                        .get("totalElements")
                        .asLong())
                .isZero();
        assertThat(page.get("content").get(0).get("id").asLong())
                .isEqualTo(record.get("id").asLong());

        String field = RegisterBodies.requiredField(kind.name());
        body.remove(field);
        Response missing = province.post("/api/registers", body);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(missing.json().get("detail").asString()).startsWith("请填写");
        assertThat(list(province, "kind=" + kind + "&q=" + q(marker))
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void invalidKindSpecificValuesAreRefusedEachNamingItsFieldInTheKindsWords() {
        keyArea("152923");
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        Map<String, Object> incident = RegisterBodies.valid("INCIDENT", "152502", today(), marker("级别"));
        incident.put("level", "HUGE");
        incident.put("occurredOn", today().plusDays(1).toString());
        Response r = province.post("/api/registers", incident);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().toString()).contains("事件发生日期不能晚于今天", "事件等级须为以下之一：一般、较大、重大、特别重大");

        Map<String, Object> petition = RegisterBodies.valid("PETITION", "152502", today().minusDays(5), marker("信访"));
        petition.put("dueOn", today().minusDays(6).toString());
        Response early = province.post("/api/registers", petition);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("dueOn");
        assertThat(early.json().get("detail").asString()).contains("应办结日期不能早于受理日期");

        // 锡林浩特市 is not marked as a key ecological function area county
        Response notKey =
                province.post("/api/registers", RegisterBodies.valid("ECO_QUALITY", "152502", today(), marker("考核")));
        assertThat(notKey.status()).isEqualTo(400);
        assertThat(notKey.json().get("detail").asString()).contains("锡林浩特市", "国家重点生态功能区");
    }

    @Test
    void aPrefecturesEntryWaitsForTheProvinceAndCountsForExclusionsOnlyOnceConfirmed() {
        Browser league = as(Role.PREFECTURE_STAFF, "152500");
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        String marker = marker("盟市登记");
        LocalDate on = today().minusDays(3);
        JsonNode pending = created(league, RegisterBodies.valid("INCIDENT", "152522", on, marker));
        assertThat(pending.get("state").asString()).isEqualTo("PENDING");
        assertThat(pending.get("allowedActions").toString()).contains("CORRECT").doesNotContain("CONFIRM");
        assertThat(ids(entries.confirmedWithin("/150000/152500/152522/", on, on)))
                .doesNotContain(pending.get("id").asLong());
        // the county reads confirmed records of its own region only
        Browser county = as(Role.COUNTY_GOVERNMENT, "152522");
        assertThat(list(county, "q=" + q(marker)).get("totalElements").asLong()).isZero();

        Response confirm = province.post(
                "/api/registers/" + pending.get("id").asLong() + "/confirm",
                Map.of("version", pending.get("version").asLong()));
        assertThat(confirm.status()).as(confirm.toString()).isEqualTo(200);
        assertThat(confirm.json().get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(ids(entries.confirmedWithin("/150000/152500/152522/", on, on)))
                .contains(pending.get("id").asLong());
        assertThat(list(county, "q=" + q(marker)).get("totalElements").asLong()).isEqualTo(1);
        // once confirmed, it is the province's: the league can no longer correct it
        Map<String, Object> correction = RegisterBodies.valid("INCIDENT", "152522", on, marker);
        correction.put("level", "GENERAL");
        correction.put("reason", "等级有误");
        correction.put("version", confirm.json().get("version").asLong());
        Response late = league.put("/api/registers/" + pending.get("id").asLong(), correction);
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("省厅");
    }

    @Test
    void theProvinceRejectsWithAReasonAndTheLeaguesCorrectionResubmitsIt() {
        Browser league = as(Role.PREFECTURE_STAFF, "152500");
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        String marker = marker("退回");
        JsonNode pending = created(league, RegisterBodies.valid("SANCTION", "152502", today().minusDays(2), marker));
        long id = pending.get("id").asLong();

        Response noReason = province.post(
                "/api/registers/" + id + "/reject",
                Map.of("version", pending.get("version").asLong()));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        Response rejected = province.post(
                "/api/registers/" + id + "/reject",
                Map.of("version", pending.get("version").asLong(), "reason", "来源文件文号有误"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().get("state").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("rejectReason").asString()).isEqualTo("来源文件文号有误");
        Response twice = province.post(
                "/api/registers/" + id + "/confirm",
                Map.of("version", rejected.json().get("version").asLong()));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).contains("已退回", "确认");

        Map<String, Object> fixed = RegisterBodies.valid("SANCTION", "152502", today().minusDays(2), marker);
        fixed.put("sourceNumber", "锡署发〔2025〕7号");
        fixed.put("reason", "按省厅意见更正文号");
        fixed.put("version", rejected.json().get("version").asLong());
        Response resubmitted = league.put("/api/registers/" + id, fixed);
        assertThat(resubmitted.status()).as(resubmitted.toString()).isEqualTo(200);
        assertThat(resubmitted.json().get("state").asString()).isEqualTo("PENDING");
        assertThat(resubmitted.json().get("history").toString()).contains("来源文件文号有误", "sourceNumber", "锡署发〔2025〕7号");
    }

    @Test
    void countiesCannotWriteAdministratorsSeeNothingAndAnotherPrefecturesRecordIsNotFound() {
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        JsonNode record = created(province, RegisterBodies.valid("PETITION", "152502", today(), marker("范围")));
        long id = record.get("id").asLong();

        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        assertThat(county.get("/api/registers/" + id).status()).isEqualTo(200);
        assertThat(county.post("/api/registers", RegisterBodies.valid("PETITION", "152502", today(), "县"))
                        .status())
                .isEqualTo(403);
        for (Role admin : List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            assertThat(as(admin, "150000").get("/api/registers").status()).isEqualTo(403);
        }
        Browser hohhot = as(Role.PREFECTURE_STAFF, "150100");
        Response other = hohhot.get("/api/registers/" + id);
        assertThat(other.status()).isEqualTo(404);
        Response outside = hohhot.post("/api/registers", RegisterBodies.valid("PETITION", "152502", today(), "外盟"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("detail").asString()).contains("锡林浩特市", "管辖范围");
        Browser guizhou = as(Role.PROVINCE_STAFF, "520000");
        assertThat(guizhou.get("/api/registers/" + id).status()).isEqualTo(404);
    }

    @Test
    void aCorrectionChangesWhatExclusionsReadAndTheHistoryAndTheAuditLogShowOldAndNewWithTheReason() {
        String corrector = fixtures.user(Role.PROVINCE_STAFF, "150000");
        Browser province = Browser.loggedIn(port, corrector);
        LocalDate wrong = today().minusYears(4);
        LocalDate right = today().minusYears(1);
        JsonNode record = created(province, RegisterBodies.valid("INCIDENT", "152525", wrong, marker("更正")));
        long id = record.get("id").asLong();
        String path = "/150000/152500/152525/";
        assertThat(ids(entries.confirmedWithin(path, today().minusYears(3), today())))
                .doesNotContain(id);

        Map<String, Object> body = RegisterBodies.valid("INCIDENT", "152525", right, "更正后");
        body.put("sourceDate", wrong.toString());
        body.put("reason", "事件发生日期录入错误，据调查报告更正");
        body.put("version", record.get("version").asLong());
        Response corrected = province.put("/api/registers/" + id, body);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

        assertThat(entries.confirmedWithin(path, today().minusYears(3), today()))
                .filteredOn(e -> e.id() == id)
                .singleElement()
                .satisfies(e -> assertThat(e.occurredOn()).isEqualTo(right));
        JsonNode history = province.get("/api/registers/" + id).json().get("history");
        assertThat(history).anySatisfy(h -> {
            assertThat(h.get("field").asString()).isEqualTo("occurredOn");
            assertThat(h.get("oldValue").asString()).isEqualTo(wrong.toString());
            assertThat(h.get("newValue").asString()).isEqualTo(right.toString());
            assertThat(h.get("reason").asString()).isEqualTo("事件发生日期录入错误，据调查报告更正");
            assertThat(h.get("changedBy").asString()).isEqualTo(corrector);
        });
        List<AuditEntry> logged =
                audit.search(corrector, null, null, null, 0, 50).content();
        assertThat(logged)
                .filteredOn(a -> a.target() != null && a.target().contains(Long.toString(id)))
                .anySatisfy(a -> {
                    assertThat(a.reason()).isEqualTo("事件发生日期录入错误，据调查报告更正");
                    assertThat(a.changes()).contains(new FieldChange("occurredOn", wrong.toString(), right.toString()));
                });

        Response same = province.put("/api/registers/" + id, withVersion(body, corrected.json()));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().get("detail").asString()).contains("没有任何字段");
    }

    @Test
    void aStaleVersionIsAConflictAndNoRecordCanBeDeleted() {
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        JsonNode record =
                created(province, RegisterBodies.valid("DATA_FALSIFICATION", "152502", today(), marker("并发")));
        long id = record.get("id").asLong();
        Map<String, Object> body = RegisterBodies.valid("DATA_FALSIFICATION", "152502", today(), "第一次更正");
        body.put("reason", "更正");
        body.put("version", record.get("version").asLong());
        assertThat(province.put("/api/registers/" + id, body).status()).isEqualTo(200);
        body.put("summary", "第二次更正");
        Response stale = province.put("/api/registers/" + id, body);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("他人修改");

        Response delete = province.delete("/api/registers/" + id);
        assertThat(delete.status()).isEqualTo(405);
        assertThat(province.get("/api/registers/" + id).status()).isEqualTo(200);
    }

    @Test
    void aConfirmationAndAReturnAtTheSameMomentLeaveOneDecisionAndTheOtherAConflict() throws Exception {
        Browser league = as(Role.PREFECTURE_STAFF, "152500");
        JsonNode pending = created(league, RegisterBodies.valid("KEY_TASK", "152522", today(), marker("同时")));
        long id = pending.get("id").asLong();
        long version = pending.get("version").asLong();
        Browser one = as(Role.PROVINCE_STAFF, "150000");
        Browser two = as(Role.PROVINCE_STAFF, "150000");

        var both = Together.run(
                () -> one.post("/api/registers/" + id + "/confirm", Map.of("version", version)),
                () -> two.post("/api/registers/" + id + "/reject", Map.of("version", version, "reason", "年度有误")));

        assertThat(List.of(both.first().status(), both.second().status())).containsExactlyInAnyOrder(200, 409);
        JsonNode after = one.get("/api/registers/" + id).json();
        String decided = both.first().status() == 200 ? "CONFIRMED" : "REJECTED";
        assertThat(after.get("state").asString()).isEqualTo(decided);
        assertThat(after.get("history"))
                .filteredOn(h -> h.get("field").asString().equals("state"))
                .hasSize(1);
    }

    @Test
    void petitionRatesCountTheConfirmedPetitionsOfTheRegionAndYear() {
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        int year = today().getYear() - 1;
        LocalDate jan = LocalDate.of(year, 1, 10);
        String region = "152528"; // 镶黄旗: no other test files petitions here
        Map<String, Object> onTime = RegisterBodies.valid("PETITION", region, jan, marker("信访率"));
        onTime.put("closedOn", jan.plusDays(30).toString()); // the due day itself
        created(province, onTime);
        Map<String, Object> late = RegisterBodies.valid("PETITION", region, jan, marker("信访率"));
        late.put("closedOn", jan.plusDays(31).toString());
        created(province, late);
        created(province, RegisterBodies.valid("PETITION", region, jan, marker("信访率")));
        // pending: not counted
        created(as(Role.PREFECTURE_STAFF, "152500"), RegisterBodies.valid("PETITION", region, jan, marker("信访率")));

        JsonNode rates = province.get("/api/registers/petition-rates?region=" + region + "&year=" + year)
                .json();
        assertThat(rates.get("received").asInt()).isEqualTo(3);
        assertThat(rates.get("closed").asInt()).isEqualTo(2);
        assertThat(rates.get("closedOnTime").asInt()).isEqualTo(1);
        assertThat(rates.get("closureRate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(rates.get("timelyRate").decimalValue()).isEqualByComparingTo("0.3333");
        JsonNode none = province.get("/api/registers/petition-rates?region=" + region + "&year=" + (year - 1))
                .json();
        assertThat(none.get("received").asInt()).isZero();
        assertThat(none.get("closureRate").isNull()).isTrue();
    }

    @Test
    void aKeeperAttachesAScanThatTheRecordListsAndAReaderDownloadsAndAnExecutableRenamedIsRefused() {
        Browser league = as(Role.PREFECTURE_STAFF, "152500");
        JsonNode record = created(league, RegisterBodies.valid("FOREST_CASE", "152502", today(), marker("附件")));
        long id = record.get("id").asLong();

        byte[] png = TestFiles.image("png", 40, 30);
        Response attached = league.upload("/api/registers/" + id + "/attachments", "现场照片.png", png);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        JsonNode attachment = attached.json().get("attachments").get(0);
        assertThat(attachment.get("name").asString()).isEqualTo("现场照片.png");
        assertThat(attachment.get("type").asString()).isEqualTo("PNG");
        assertThat(attached.json().get("history").toString()).contains("attachments", "现场照片.png");

        Response fake = league.upload(
                "/api/registers/" + id + "/attachments", "通报.pdf", "MZ not a pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(fake.status()).isEqualTo(415);
        assertThat(league.get("/api/registers/" + id).json().get("attachments")).hasSize(1);

        Browser province = as(Role.PROVINCE_STAFF, "150000");
        byte[] bytes = province.download("/api/registers/" + id + "/attachments/"
                + attachment.get("documentId").asLong() + "/document");
        assertThat(bytes).isEqualTo(png);
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        assertThat(county.upload("/api/registers/" + id + "/attachments", "a.png", TestFiles.image("png", 4, 4))
                        .status())
                .isEqualTo(403);
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, JsonNode record) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("version", record.get("version").asLong());
        return copy;
    }

    private static List<Long> ids(List<RegisterEntry> found) {
        return found.stream().map(RegisterEntry::id).toList();
    }
}
