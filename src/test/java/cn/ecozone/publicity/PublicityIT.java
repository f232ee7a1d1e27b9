package cn.ecozone.publicity;

import static cn.ecozone.publicity.PublicityTestSteps.complain;
import static cn.ecozone.publicity.PublicityTestSteps.created;
import static cn.ecozone.publicity.PublicityTestSteps.draft;
import static cn.ecozone.publicity.PublicityTestSteps.ok;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import cn.ecozone.support.Together;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Issue 12 §3 over HTTP on the Guizhou path (黔东南州 counties 黎平县, 榕江县, 从江县, which no other test
 * uses): the municipal publicity issued by the municipal ecology bureau (GZ art. 10's alternative), its
 * period across the 2026 Labour Day holiday and the adjusted working Saturday, the public notice and
 * complaint desk, the tracking page, the investigation by the municipal bureau, and the blocks of GZ art. 16.
 */
@ApiTest
class PublicityIT {

    static final String PREFECTURE = "522600";
    static final String LIPING = "522631";
    static final String RONGJIANG = "522632";
    static final String CONGJIANG = "522633";

    /** Thursday before Labour Day 2026 (1–5 May off, Saturday 9 May a working day). */
    static final LocalDate PUBLISHED = LocalDate.of(2026, 4, 30);

    static final LocalDate LAST_DAY = LocalDate.of(2026, 5, 9);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    DossierSteps dossiers;

    @Autowired
    JdbcTemplate jdbc;

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
    void aPeriodAcrossLabourDayCountsTheAdjustedSaturdayAndAComplaintAMinuteAfterItsLastDayIsRefusedNamingIt() {
        steps.on(LocalDate.of(2026, 4, 20));
        JsonNode d = steps.atMunicipalPublicity(CONGJIANG, PREFECTURE);
        long roundId = d.get("round").get("id").asLong();

        JsonNode period = ok(bureau().get(
                        "/api/publicity/period?roundId=" + roundId + "&stepCode=PUBLICITY&publishedOn=" + PUBLISHED));
        assertThat(period.get("minimumEndsOn").asString())
                .as("30 Apr, then 6, 7, 8 May and the adjusted Saturday 9 May")
                .isEqualTo(LAST_DAY.toString());
        assertThat(period.get("explanationZh").toString()).contains("劳动节");
        // at least 5 working days (GZ art. 10): a later end is the issuer's choice, an earlier one is refused
        Response early = draft(bureau(), roundId, List.of(d.get("id").asLong()), PUBLISHED, LAST_DAY.minusDays(1));
        assertThat(early.status()).as(early.toString()).isEqualTo(400);
        assertThat(early.body()).contains("endsOn");

        JsonNode notice = created(draft(bureau(), roundId, List.of(d.get("id").asLong()), PUBLISHED, null));
        assertThat(notice.get("endsOn").asString()).isEqualTo(LAST_DAY.toString());
        long id = notice.get("id").asLong();
        assertThat(steps.anonymous().get("/api/public/notices/" + id).status())
                .as("a draft is not public")
                .isEqualTo(404);

        steps.on(PUBLISHED);
        notice = ok(bureau().post(
                        "/api/publicity/notices/" + id + "/publish",
                        Map.of("version", notice.get("version").asLong())));
        assertThat(notice.get("state").asString()).isEqualTo("PUBLISHED");
        JsonNode page = ok(steps.anonymous().get("/api/public/notices/" + id));
        assertThat(page.get("listed").get(0).get("regionName").asString()).isEqualTo("从江县");
        assertThat(page.get("explanation").toString()).contains("劳动节");
        assertThat(page.get("uncertainNote").asString()).contains("不少于5个工作日");
        assertThat(page.get("howToComplain").asString()).contains("匿名");
        assertThat(ok(steps.anonymous().get("/api/public/notices?current=true&size=100"))
                        .toString())
                .contains("\"id\":" + id);

        steps.at(LAST_DAY.atTime(23, 59));
        created(complain(steps.anonymous(), id, d.get("id").asLong(), null, "最后一天的最后一分钟提交的投诉（测试）"));
        steps.at(LAST_DAY.plusDays(1).atTime(0, 1));
        Response late = complain(steps.anonymous(), id, d.get("id").asLong(), null, "公示期满后一分钟提交的投诉（测试）");
        assertThat(late.status()).as(late.toString()).isEqualTo(422);
        assertThat(late.body()).contains("2026-04-30", "2026-05-09");
    }

    @Test
    void aComplaintFoundTrueBlocksRecommendationAndOneFoundUntrueClearsIt() {
        steps.on(LocalDate.of(2026, 4, 21));
        JsonNode liping = steps.atMunicipalPublicity(LIPING, PREFECTURE);
        JsonNode rongjiang = steps.atMunicipalPublicity(RONGJIANG, PREFECTURE);
        long roundId = liping.get("round").get("id").asLong();
        long a = liping.get("id").asLong();
        long b = rongjiang.get("id").asLong();

        assertThat(ok(government().get("/api/publicity/waiting?roundId=" + roundId + "&stepCode=PUBLICITY"))
                        .toString())
                .contains("\"id\":" + a, "\"id\":" + b);
        assertThat(draft(steps.as(Role.COUNTY_GOVERNMENT, LIPING), roundId, List.of(a), PUBLISHED, null)
                        .status())
                .isEqualTo(403);
        JsonNode notice = created(draft(government(), roundId, List.of(a, b), PUBLISHED, LAST_DAY.plusDays(2)));
        long id = notice.get("id").asLong();
        steps.on(PUBLISHED);
        ok(government()
                .post(
                        "/api/publicity/notices/" + id + "/publish",
                        Map.of("version", notice.get("version").asLong())));

        steps.on(LocalDate.of(2026, 5, 6));
        JsonNode anonymous = created(complain(steps.anonymous(), id, a, null, "黎平县申报材料中的生态产品价值数据与统计公报不一致（测试）"));
        JsonNode named = created(complain(steps.anonymous(), id, b, "张三", "榕江县典型案例存在夸大（测试）"));
        assertThat(anonymous.get("realName").asBoolean()).isFalse();
        assertThat(named.get("realName").asBoolean()).isTrue();
        String trackA = anonymous.get("trackingNumber").asString();
        String trackB = named.get("trackingNumber").asString();
        assertThat(trackA).hasSize(16).isNotEqualTo(trackB);
        // attachments are checked like every upload: a PDF is kept, text calling itself a PDF is refused
        Response pdf =
                steps.anonymous().upload("/api/public/complaints/" + trackB + "/attachments", "证据.pdf", TestFiles.PDF);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        Response fake = steps.anonymous()
                .upload("/api/public/complaints/" + trackB + "/attachments", "证据2.pdf", "不是PDF".getBytes(UTF_8));
        assertThat(fake.status()).as(fake.toString()).isEqualTo(415);

        JsonNode tracking = ok(steps.anonymous().get("/api/public/complaints/" + trackA));
        assertThat(tracking.propertyNames())
                .containsExactlyInAnyOrder("trackingNumber", "state", "finding", "receivedOn");
        assertThat(tracking.get("state").asString()).isEqualTo("RECEIVED");
        assertThat(steps.anonymous().get("/api/public/complaints/" + trackA).body())
                .doesNotContain("黎平", "统计公报");
        assertThat(steps.anonymous()
                        .get("/api/public/complaints/AAAAAAAAAAAAAAAA")
                        .status())
                .isEqualTo(404);

        // open complaints block both (GZ art. 16); the staff's notice page names them
        JsonNode staffView = ok(government().get("/api/publicity/notices/" + id));
        assertThat(staffView.get("entries").get(0).get("blocking").asBoolean()).isTrue();
        assertThat(staffView.get("entries").get(1).get("blocking").asBoolean()).isTrue();

        // the municipal bureau investigates (complaints_investigated_by); the government and the province do not
        JsonNode complaints = ok(bureau().get("/api/publicity/complaints?noticeId=" + id));
        assertThat(complaints.get("totalElements").asLong()).isEqualTo(2);
        long complaintA = idOf(complaints, trackA);
        long complaintB = idOf(complaints, trackB);
        assertThat(byId(complaints, complaintB).get("attachmentIds")).hasSize(1);
        assertThat(byId(complaints, complaintB).get("realName").asBoolean()).isTrue();
        assertThat(government()
                        .post("/api/publicity/complaints/" + complaintA + "/finding", finding("TRUE", 0))
                        .status())
                .isEqualTo(403);
        assertThat(steps.as(Role.PROVINCE_STAFF, "520000")
                        .post("/api/publicity/complaints/" + complaintA + "/finding", finding("TRUE", 0))
                        .status())
                .isEqualTo(403);
        JsonNode found = ok(bureau().post(
                        "/api/publicity/complaints/" + complaintA + "/finding",
                        finding(
                                "TRUE",
                                ok(bureau().get("/api/publicity/complaints/" + complaintA))
                                        .get("version")
                                        .asLong())));
        assertThat(found.get("state").asString()).isEqualTo("FOUND");
        Response again = bureau().post(
                        "/api/publicity/complaints/" + complaintA + "/finding",
                        finding("UNTRUE", found.get("version").asLong()));
        assertThat(again.status()).as("a finding is recorded once").isEqualTo(409);
        ok(bureau().post(
                        "/api/publicity/complaints/" + complaintB + "/finding",
                        finding(
                                "UNTRUE",
                                ok(bureau().get("/api/publicity/complaints/" + complaintB))
                                        .get("version")
                                        .asLong())));

        staffView = ok(government().get("/api/publicity/notices/" + id));
        assertThat(staffView.get("entries").get(0).get("blocking").asBoolean())
                .as("found true still blocks")
                .isTrue();
        assertThat(staffView.get("entries").get(0).get("blockingState").asString())
                .isEqualTo("FOUND");
        assertThat(staffView.get("entries").get(1).get("blocking").asBoolean())
                .as("found untrue clears")
                .isFalse();
        assertThat(ok(steps.anonymous().get("/api/public/complaints/" + trackA))
                        .get("finding")
                        .asString())
                .isEqualTo("TRUE");

        // the step completes only after the last day (extended to 11 May by the issuer)
        steps.on(LocalDate.of(2026, 5, 11));
        long version = ok(government().get("/api/publicity/notices/" + id))
                .get("version")
                .asLong();
        Response tooEarly = government().post("/api/publicity/notices/" + id + "/complete", Map.of("version", version));
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("2026-05-11");
        steps.on(LocalDate.of(2026, 5, 12));
        JsonNode done = ok(government().post("/api/publicity/notices/" + id + "/complete", Map.of("version", version)));
        assertThat(done.get("entries").findValuesAsString("currentStepCode")).containsOnly("RECOMMEND");
        // at the recommendation (GZ art. 11), the engine asks NO_BLOCKING_COMPLAINT: A is refused naming its complaint
        assertThat(blockOf(runOf(a))).contains(String.valueOf(complaintA)).doesNotContain(trackA);
        assertThat(blockOf(runOf(b))).isEmpty();
    }

    @Test
    void anAddressFilesAtMostTheLimitOfComplaintsAnHour() {
        steps.on(LocalDate.of(2026, 4, 22));
        JsonNode d = steps.atMunicipalPublicity("522634", PREFECTURE);
        JsonNode notice = created(draft(
                bureau(), d.get("round").get("id").asLong(), List.of(d.get("id").asLong()), PUBLISHED, null));
        steps.on(PUBLISHED);
        long id = notice.get("id").asLong();
        ok(bureau().post(
                        "/api/publicity/notices/" + id + "/publish",
                        Map.of("version", notice.get("version").asLong())));
        steps.at(LocalDate.of(2026, 5, 7).atTime(10, 0));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(complain(steps.anonymous(), id, d.get("id").asLong(), null, "频率测试 " + i)
                    .status());
        }
        assertThat(statuses).containsExactly(201, 201, 201, 201, 201, 429);
        steps.at(LocalDate.of(2026, 5, 7).atTime(11, 1));
        created(complain(steps.anonymous(), id, d.get("id").asLong(), null, "一小时后再次投诉（测试）"));
        Response blank = complain(steps.anonymous(), id, d.get("id").asLong(), null, " ");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("text");
    }

    @Test
    void twoInvestigatorsFindingAtOnceRecordOneFindingAndTheListsCostTheSameAtTenAndAThousand() throws Exception {
        steps.on(LocalDate.of(2026, 4, 23));
        JsonNode d = steps.atMunicipalPublicity("522635", PREFECTURE);
        JsonNode notice = created(draft(
                bureau(), d.get("round").get("id").asLong(), List.of(d.get("id").asLong()), PUBLISHED, null));
        steps.on(PUBLISHED);
        long id = notice.get("id").asLong();
        ok(bureau().post(
                        "/api/publicity/notices/" + id + "/publish",
                        Map.of("version", notice.get("version").asLong())));
        steps.at(LocalDate.of(2026, 5, 8).atTime(9, 0));
        String tracking = created(complain(steps.anonymous(), id, d.get("id").asLong(), null, "并发核实测试"))
                .get("trackingNumber")
                .asString();
        Browser one = bureau();
        Browser two = steps.as(Role.PREFECTURE_STAFF, PREFECTURE);
        JsonNode page = ok(one.get("/api/publicity/complaints?noticeId=" + id));
        long complaint = page.get("content").get(0).get("id").asLong();
        long version = page.get("content").get(0).get("version").asLong();
        var both = Together.run(
                () -> one.post("/api/publicity/complaints/" + complaint + "/finding", finding("TRUE", version))
                        .status(),
                () -> two.post("/api/publicity/complaints/" + complaint + "/finding", finding("UNTRUE", version))
                        .status());
        assertThat(List.of(both.first(), both.second())).containsExactlyInAnyOrder(200, 409);
        assertThat(ok(steps.anonymous().get("/api/public/complaints/" + tracking))
                        .get("state")
                        .asString())
                .isEqualTo("FOUND");

        // the investigator's list and the public index: the same statements at 10 rows as at 1,000
        String marker = "清单" + System.nanoTime();
        jdbc.update("update publicity_notice set title = ? where id = ?", marker, id);
        Clones.of(
                jdbc,
                "publicity_complaint",
                complaint,
                9,
                (i, row) -> row.put("tracking_number", marker.substring(2) + "C" + i));
        Clones.of(jdbc, "publicity_notice", id, 9, (i, row) -> row.put("title", marker + " " + i));
        String complaints = "/api/publicity/complaints?size=5&noticeId=" + id;
        String index = "/api/public/notices?size=5&q=" + marker;
        Browser investigator = bureau();
        assertThat(ok(investigator.get(complaints)).get("totalElements").asLong())
                .isEqualTo(10);
        assertThat(ok(steps.anonymous().get(index)).get("totalElements").asLong())
                .isEqualTo(10);
        int complaintsAtTen = investigator.statements(complaints);
        int indexAtTen = steps.anonymous().statements(index);
        Clones.of(
                jdbc,
                "publicity_complaint",
                complaint,
                990,
                (i, row) -> row.put("tracking_number", marker.substring(2) + "D" + i));
        Clones.of(jdbc, "publicity_notice", id, 990, (i, row) -> row.put("title", marker + " x" + i));
        assertThat(ok(investigator.get(complaints)).get("totalElements").asLong())
                .isEqualTo(1000);
        assertThat(ok(steps.anonymous().get(index)).get("totalElements").asLong())
                .isEqualTo(1000);
        assertThat(investigator.statements(complaints)).isEqualTo(complaintsAtTen);
        assertThat(steps.anonymous().statements(index)).isEqualTo(indexAtTen);
    }

    /** The municipal ecology bureau, logged in afresh (moving the clock ends sessions). */
    private Browser bureau() {
        return steps.as(Role.PREFECTURE_STAFF, PREFECTURE);
    }

    private Browser government() {
        return steps.as(Role.PREFECTURE_GOVERNMENT, PREFECTURE);
    }

    private long runOf(long dossierId) {
        return dossiers.find(dossierId).orElseThrow().runId();
    }

    /** The unmet NO_BLOCKING_COMPLAINT of the run's current step, as its message arguments. */
    private String blockOf(long runId) {
        return procedures.unmet(runId).stream()
                .filter(u -> u.requirement() == Requirement.NO_BLOCKING_COMPLAINT)
                .map(StepRequirement.Unmet::args)
                .map(Object::toString)
                .findFirst()
                .orElse("");
    }

    private static long idOf(JsonNode page, String tracking) {
        for (JsonNode c : page.get("content")) {
            if (c.get("trackingNumber").asString().equals(tracking)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no complaint " + tracking + " in " + page);
    }

    private static JsonNode byId(JsonNode page, long id) {
        for (JsonNode c : page.get("content")) {
            if (c.get("id").asLong() == id) {
                return c;
            }
        }
        throw new AssertionError("no complaint " + id + " in " + page);
    }

    private static Map<String, Object> finding(String finding, long version) {
        return Map.of("finding", finding, "text", "经调查核实（测试）", "version", version);
    }
}
