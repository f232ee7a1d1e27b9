package cn.ecozone.publicity;

import static cn.ecozone.publicity.PublicityTestSteps.complain;
import static cn.ecozone.publicity.PublicityTestSteps.created;
import static cn.ecozone.publicity.PublicityTestSteps.draft;
import static cn.ecozone.publicity.PublicityTestSteps.ok;
import static cn.ecozone.publicity.PublicityTestSteps.path;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.CountingStatements;
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
 * A notice covers one visit of a dossier to its publicity step (ADR 0027), over HTTP on the Guizhou
 * municipal publicity (黔西南州 晴隆县, which no other test uses): returned past the step and brought
 * back, the dossier needs a new notice that runs its period; the old notice stays as history. Complaints
 * of the earlier visit: one without a finding still blocks, one found true stops blocking once the
 * dossier is publicised anew after the finding.
 */
@ApiTest
class NoticePerOpeningIT {

    static final String PREFECTURE = "522300";
    static final String QINGLONG = "522324";

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
    List<StepRequirement> requirements;

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
    void aDossierReturnedPastPublicityAndBroughtBackIsNotPublishedUntilANewNoticeRunsItsPeriod() {
        steps.on(LocalDate.of(2026, 4, 24));
        JsonNode d = steps.atMunicipalPublicity(QINGLONG, PREFECTURE);
        long roundId = d.get("round").get("id").asLong();
        long id = d.get("id").asLong();

        // the first visit: published 30 Apr, last day 9 May; one complaint found true, one left open
        long first = publish(created(draft(government(), roundId, List.of(id), LocalDate.of(2026, 4, 30), null)));
        steps.on(LocalDate.of(2026, 5, 6));
        created(complain(steps.anonymous(), first, id, null, "晴隆县生态产品价值数据与统计公报不一致（测试）"));
        created(complain(steps.anonymous(), first, id, "李四", "晴隆县典型案例材料重复（测试）"));
        JsonNode complaints = ok(bureau().get("/api/publicity/complaints?noticeId=" + first));
        long trueOne = complaintWithText(complaints, "统计公报");
        long openOne = complaintWithText(complaints, "重复");
        ok(bureau().post("/api/publicity/complaints/" + trueOne + "/finding", finding("TRUE", versionOf(trueOne))));

        steps.on(LocalDate.of(2026, 5, 10));
        ok(government().post("/api/publicity/notices/" + first + "/complete", Map.of("version", noticeVersion(first))));
        assertThat(currentStep(id)).isEqualTo("RECOMMEND");
        assertThat(unmet(id, Requirement.NO_BLOCKING_COMPLAINT))
                .as("the complaint found true blocks the recommendation")
                .contains("publicity.requirement.found-true");

        // the municipal government returns it for rectification: the publicity step opens again
        ok(act(government(), id, "RETURN", "经核实投诉属实，退回整改后重新公示"));
        assertThat(currentStep(id)).isEqualTo("PUBLICITY");
        assertThat(unmet(id, Requirement.PUBLICITY_ENDED))
                .as("the notice of the earlier visit no longer counts")
                .contains("publicity.requirement.not-published");
        Response refused = act(government(), id, "ACT", "公示期满");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body()).contains("本申报尚未列入已发布的本环节公示");
        JsonNode old = ok(government().get("/api/publicity/notices/" + first));
        assertThat(old.get("entries").get(0).get("current").asBoolean()).isFalse();
        ok(government().post("/api/publicity/notices/" + first + "/complete", Map.of("version", noticeVersion(first))));
        assertThat(currentStep(id))
                .as("completing the old notice leaves the new visit alone")
                .isEqualTo("PUBLICITY");
        assertThat(ok(government().get("/api/publicity/waiting?roundId=" + roundId + "&stepCode=PUBLICITY"))
                        .toString())
                .contains("\"id\":" + id);

        // a new notice for the new visit; a third one cannot list the same visit again
        LocalDate again = LocalDate.of(2026, 5, 12);
        JsonNode second = created(draft(bureau(), roundId, List.of(id), again, null));
        Response twice = draft(government(), roundId, List.of(id), again, null);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.body()).contains(String.valueOf(second.get("id").asLong()));
        assertThat(ok(government().get("/api/publicity/waiting?roundId=" + roundId + "&stepCode=PUBLICITY"))
                        .toString())
                .doesNotContain("\"id\":" + id);
        long secondId = publishBy(this::bureau, second);
        assertThat(unmet(id, Requirement.PUBLICITY_ENDED)).contains("publicity.requirement.running");

        // 12, 13, 14, 15 and 18 May: the step completes on the 19th by the new notice
        steps.on(LocalDate.of(2026, 5, 19));
        JsonNode done = ok(bureau().post(
                        "/api/publicity/notices/" + secondId + "/complete",
                        Map.of("version", noticeVersion(secondId))));
        assertThat(done.get("entries").get(0).get("currentStepCode").asString()).isEqualTo("RECOMMEND");
        assertThat(unmet(id, Requirement.NO_BLOCKING_COMPLAINT))
                .as("the true finding came before the new publicity; the open complaint still blocks")
                .contains("publicity.requirement.open", String.valueOf(openOne))
                .doesNotContain(String.valueOf(trueOne));
        ok(bureau().post("/api/publicity/complaints/" + openOne + "/finding", finding("UNTRUE", versionOf(openOne))));
        assertThat(unmet(id, Requirement.NO_BLOCKING_COMPLAINT)).isEmpty();
        // the old notice stays as history, listing the dossier
        assertThat(ok(steps.anonymous().get("/api/public/notices/" + first)).toString())
                .contains("晴隆县");
    }

    @Test
    void bothRequirementsAnswerTenAndAThousandRunsWithTheSameStatements() {
        for (StepRequirement requirement : requirements) {
            if (requirement.requirement() != Requirement.PUBLICITY_ENDED
                    && requirement.requirement() != Requirement.NO_BLOCKING_COMPLAINT) {
                continue;
            }
            int atTen = CountingStatements.during(() -> requirement.checkAll(contexts(10)));
            int atAThousand = CountingStatements.during(() -> assertThat(requirement.checkAll(contexts(1000)))
                    .as("no notice and no complaint is on record for these runs")
                    .hasSize(requirement.requirement() == Requirement.PUBLICITY_ENDED ? 1000 : 0));
            assertThat(atAThousand)
                    .as(requirement.requirement().name())
                    .isEqualTo(atTen)
                    .isEqualTo(1);
        }
    }

    /** Runs and dossiers no test holds, waiting at the municipal publicity in their first opening. */
    private static List<StepRequirement.Context> contexts(int n) {
        return java.util.stream.LongStream.range(0, n)
                .mapToObj(i -> new StepRequirement.Context(
                        -1 - i, "DOSSIER", -1 - i, "PUBLICITY", StepKind.PUBLICITY, null, 1))
                .toList();
    }

    private long publish(JsonNode draft) {
        return publishBy(this::government, draft);
    }

    /** Publishes on its day, logged in afresh (moving the clock ends sessions). */
    private long publishBy(java.util.function.Supplier<Browser> issuer, JsonNode draft) {
        steps.on(LocalDate.parse(draft.get("publishedOn").asString()));
        long noticeId = draft.get("id").asLong();
        ok(issuer.get()
                .post(
                        "/api/publicity/notices/" + noticeId + "/publish",
                        Map.of("version", draft.get("version").asLong())));
        return noticeId;
    }

    private Response act(Browser who, long dossierId, String action, String reason) {
        JsonNode now = ok(who.get("/api/dossiers/" + dossierId));
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("reason", reason);
        body.put("version", now.get("version").asLong());
        return who.post(path(now) + "/actions", body);
    }

    private String currentStep(long dossierId) {
        return dossiers.find(dossierId).orElseThrow().currentStepCode();
    }

    /** The unmet answers of one requirement at the run's current step, as key and arguments. */
    private String unmet(long dossierId, Requirement requirement) {
        long runId = dossiers.find(dossierId).orElseThrow().runId();
        return procedures.unmet(runId).stream()
                .filter(u -> u.requirement() == requirement)
                .map(u -> u.messageKey() + " " + u.args())
                .reduce("", String::concat);
    }

    private long noticeVersion(long noticeId) {
        return ok(government().get("/api/publicity/notices/" + noticeId))
                .get("version")
                .asLong();
    }

    private long versionOf(long complaintId) {
        return ok(bureau().get("/api/publicity/complaints/" + complaintId))
                .get("version")
                .asLong();
    }

    private static long complaintWithText(JsonNode page, String words) {
        for (JsonNode c : page.get("content")) {
            if (c.get("text").asString().contains(words)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no complaint saying " + words + " in " + page);
    }

    private static Map<String, Object> finding(String finding, long version) {
        return Map.of("finding", finding, "text", "经调查核实（测试）", "version", version);
    }

    private Browser bureau() {
        return steps.as(Role.PREFECTURE_STAFF, PREFECTURE);
    }

    private Browser government() {
        return steps.as(Role.PREFECTURE_GOVERNMENT, PREFECTURE);
    }
}
