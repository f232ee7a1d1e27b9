package cn.ecozone.publicity;

import static cn.ecozone.publicity.PublicityTestSteps.complain;
import static cn.ecozone.publicity.PublicityTestSteps.created;
import static cn.ecozone.publicity.PublicityTestSteps.notice;
import static cn.ecozone.publicity.PublicityTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Who reads a complaint, and the decision behind a notice, on the Guizhou municipal publicity (黔东南州
 * counties 凯里市, 天柱县, 丹寨县, which no other test uses): the municipal government whose candidate is
 * complained about sees that there is a complaint and that it blocks, never the complainant, the text or
 * the tracking number (the complainant's only credential); a notice is published only with the document
 * number of the decision to publicise.
 */
@ApiTest
class PublicityPrivacyIT {

    static final String PREFECTURE = "522600";
    static final String KAILI = "522601";
    static final String TIANZHU = "522627";
    static final String DANZHAI = "522636";

    static final LocalDate DRAFTED = LocalDate.of(2026, 4, 24);
    static final LocalDate PUBLISHED = LocalDate.of(2026, 4, 30);

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
    void theGovernmentUnderComplaintSeesThatThereIsAComplaintButNotWhoMadeItWhatItSaysOrItsTrackingNumber() {
        steps.on(DRAFTED);
        JsonNode d = steps.atMunicipalPublicity(DANZHAI, PREFECTURE);
        long notice = published(Role.PREFECTURE_STAFF, d);
        steps.on(LocalDate.of(2026, 5, 6));
        String text = "丹寨县申报材料中的GDP2025数据与统计公报不一致（测试）";
        String tracking = created(
                        complain(steps.anonymous(), notice, d.get("id").asLong(), "王五", text))
                .get("trackingNumber")
                .asString();
        String list = "/api/publicity/complaints?noticeId=" + notice;

        // the investigator (the municipal bureau, GZ art. 10) reads it in full, with the tracking number
        JsonNode mine = only(ok(bureau().get(list)));
        assertThat(mine.get("complainantName").asString()).isEqualTo("王五");
        assertThat(mine.get("contact").asString()).isEqualTo("13800000000");
        assertThat(mine.get("text").asString()).isEqualTo(text);
        assertThat(mine.get("trackingNumber").asString()).isEqualTo(tracking);
        long complaint = mine.get("id").asLong();
        assertThat(ok(bureau().get(list + "&q=GDP2025")).get("totalElements").asLong())
                .isEqualTo(1);

        // the province's staff read the complainant and the text, not the complainant's credential
        JsonNode province = only(ok(steps.as(Role.PROVINCE_STAFF, "520000").get(list)));
        assertThat(province.get("complainantName").asString()).isEqualTo("王五");
        assertThat(province.get("text").asString()).isEqualTo(text);
        assertThat(province.get("trackingNumber").isNull()).isTrue();

        // the municipal government recommends the county: it sees the complaint, its state and due day only
        Response theirs = government().get(list);
        JsonNode row = only(ok(theirs));
        assertThat(row.get("id").asLong()).isEqualTo(complaint);
        assertThat(row.get("state").asString()).isEqualTo("RECEIVED");
        assertThat(row.get("inFull").asBoolean()).isFalse();
        assertThat(theirs.body()).doesNotContain("王五", "13800000000", "GDP2025", tracking);
        assertThat(government().get("/api/publicity/complaints/" + complaint).status())
                .isEqualTo(404);
        assertThat(ok(government().get(list + "&q=GDP2025"))
                        .get("totalElements")
                        .asLong())
                .as("a search is no probe of the hidden text")
                .isZero();
    }

    @Test
    void aBlockingComplaintIsNamedByItsInternalNumberNeverByTheComplainantsTrackingNumber() {
        steps.on(DRAFTED);
        JsonNode d = steps.atMunicipalPublicity(TIANZHU, PREFECTURE);
        long dossier = d.get("id").asLong();
        long notice = published(Role.PREFECTURE_GOVERNMENT, d);
        steps.on(LocalDate.of(2026, 5, 6));
        String tracking = created(complain(steps.anonymous(), notice, dossier, null, "天柱县典型案例存在夸大（测试）"))
                .get("trackingNumber")
                .asString();
        long complaint = only(ok(bureau().get("/api/publicity/complaints?noticeId=" + notice)))
                .get("id")
                .asLong();

        Response view = government().get("/api/publicity/notices/" + notice);
        JsonNode entry = ok(view).get("entries").get(0);
        assertThat(entry.get("blocking").asBoolean()).isTrue();
        assertThat(entry.get("blockingComplaintId").asLong()).isEqualTo(complaint);
        assertThat(view.body()).doesNotContain(tracking);

        // after the period the step completes; at the recommendation the refusal names the complaint's number
        steps.on(LocalDate.of(2026, 5, 12));
        long version = ok(government().get("/api/publicity/notices/" + notice))
                .get("version")
                .asLong();
        ok(government().post("/api/publicity/notices/" + notice + "/complete", Map.of("version", version)));
        long run = dossiers.find(dossier).orElseThrow().runId();
        String block = procedures.unmet(run).stream()
                .filter(u -> u.requirement() == Requirement.NO_BLOCKING_COMPLAINT)
                .map(StepRequirement.Unmet::args)
                .map(Object::toString)
                .findFirst()
                .orElse("");
        assertThat(block).contains(String.valueOf(complaint)).doesNotContain(tracking);
    }

    @Test
    void aDraftMayLackTheDocumentNumberButPublishingWithoutItIsRefusedNamingTheFieldAndChangesNothing() {
        steps.on(DRAFTED);
        JsonNode d = steps.atMunicipalPublicity(KAILI, PREFECTURE);
        Map<String, Object> body =
                notice(d.get("round").get("id").asLong(), List.of(d.get("id").asLong()), PUBLISHED, null);
        body.put("documentNumber", " ");
        JsonNode draft = created(bureau().post("/api/publicity/notices", body));
        long id = draft.get("id").asLong();
        assertThat(draft.get("documentNumber").isNull()).isTrue();

        steps.on(PUBLISHED);
        Response refused = bureau().post(
                        "/api/publicity/notices/" + id + "/publish",
                        Map.of("version", draft.get("version").asLong()));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("documentNumber");
        JsonNode still = ok(bureau().get("/api/publicity/notices/" + id));
        assertThat(still.get("state").asString()).isEqualTo("DRAFT");
        assertThat(steps.anonymous().get("/api/public/notices/" + id).status()).isEqualTo(404);

        body.put("documentNumber", "黔东南环函〔2026〕21号");
        JsonNode numbered = ok(bureau().put(
                        "/api/publicity/notices/" + id,
                        Map.of("version", still.get("version").asLong(), "notice", body)));
        JsonNode done = ok(bureau().post(
                        "/api/publicity/notices/" + id + "/publish",
                        Map.of("version", numbered.get("version").asLong())));
        assertThat(done.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(done.get("documentNumber").asString()).isEqualTo("黔东南环函〔2026〕21号");
    }

    /** Drafts (on the clock's day) and publishes (on 30 April) the dossier's municipal notice, as the issuer. */
    private long published(Role issuer, JsonNode d) {
        JsonNode draft = created(PublicityTestSteps.draft(
                steps.as(issuer, PREFECTURE),
                d.get("round").get("id").asLong(),
                List.of(d.get("id").asLong()),
                PUBLISHED,
                null));
        steps.on(PUBLISHED);
        long id = draft.get("id").asLong();
        // logged in afresh: moving the clock ends sessions
        ok(steps.as(issuer, PREFECTURE)
                .post(
                        "/api/publicity/notices/" + id + "/publish",
                        Map.of("version", draft.get("version").asLong())));
        return id;
    }

    private Browser bureau() {
        return steps.as(Role.PREFECTURE_STAFF, PREFECTURE);
    }

    private Browser government() {
        return steps.as(Role.PREFECTURE_GOVERNMENT, PREFECTURE);
    }

    private static JsonNode only(JsonNode page) {
        assertThat(page.get("totalElements").asLong()).as(page.toString()).isEqualTo(1);
        return page.get("content").get(0);
    }
}
