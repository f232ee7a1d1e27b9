package cn.ecozone.enforcement;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Guizhou art. 24(4) over HTTP: a major incident entered in the registers opens a proposal for a titled
 * base with the incident as evidence; only a person decides it; dismissing needs a reason; two
 * deciders at once: one wins, the other 409; another province and the administrators cannot see it.
 */
@ApiTest
class MajorIncidentProposalIT {

    private static final String COUNTY = "520122";

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

    @Test
    void aMajorIncidentOpensAProposalWithItAsEvidenceWhichOnlyAPersonDecidesAndDismissingNeedsAReason() {
        EnforcementSteps steps = new EnforcementSteps(port, fixtures, jdbc, clock, candidacies);
        LocalDate today = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING));
        var base = steps.titled.guizhou(COUNTY, today.minusYears(1));
        long incident =
                steps.record("520000", EnforcementSteps.incident(COUNTY, today.minusDays(5), "MAJOR", "息烽县河道重大突发环境事件"));

        long id = steps.proposals(base.titleId(), "MAJOR_INCIDENT", 1).getFirst();
        Browser department = steps.as(Role.PROVINCE_STAFF, "520000");
        JsonNode proposal = ok(department.get("/api/enforcement-proposals/" + id));
        assertThat(proposal.get("state").asString()).isEqualTo("OPEN");
        assertThat(proposal.get("article").asString()).isEqualTo("第二十四条（4）");
        assertThat(proposal.get("allowed").toString()).contains("WARNING", "REVOCATION");
        assertThat(proposal.get("allowed").toString()).doesNotContain("RECTIFICATION");
        JsonNode evidence = proposal.get("evidence").get(0);
        assertThat(evidence.get("recordId").asLong()).isEqualTo(incident);
        assertThat(evidence.get("summary").asString()).contains("息烽县河道重大突发环境事件");
        assertThat(proposal.get("run").get("currentStepCode").asString()).isEqualTo("DECIDE");
        JsonNode listed = ok(department.get("/api/enforcement-proposals?regionCode=" + COUNTY + "&state=OPEN"));
        assertThat(listed.get("content").get(0).get("id").asLong()).isEqualTo(id);

        // another province, the administrators, and the subject itself do not reach it
        assertThat(steps.as(Role.PROVINCE_STAFF, "150000")
                        .get("/api/enforcement-proposals/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(steps.as(Role.PROVINCE_STAFF, "150000")
                        .post(
                                "/api/enforcement-proposals/" + id + "/decision",
                                EnforcementSteps.decision(proposal, null, null, "外省"))
                        .status())
                .isEqualTo(404);
        for (Role admin : List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            assertThat(steps.as(admin, "520000")
                            .get("/api/enforcement-proposals/" + id)
                            .status())
                    .isEqualTo(403);
        }
        assertThat(steps.as(Role.COUNTY_GOVERNMENT, COUNTY)
                        .get("/api/enforcement-proposals/" + id)
                        .status())
                .isEqualTo(403);

        // dismissing without a reason: 400 naming the field, nothing changes
        Response noReason = department.post(
                "/api/enforcement-proposals/" + id + "/decision", EnforcementSteps.decision(proposal, null, null, " "));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        JsonNode unchanged = ok(department.get("/api/enforcement-proposals/" + id));
        assertThat(unchanged.get("state").asString()).isEqualTo("OPEN");
        assertThat(unchanged.get("version").asLong())
                .isEqualTo(proposal.get("version").asLong());
        // a measure the condition does not allow is 400 too
        Response notAllowed = department.post(
                "/api/enforcement-proposals/" + id + "/decision",
                EnforcementSteps.decision(proposal, "RECTIFICATION", "MINOR", "x"));
        assertThat(notAllowed.status()).as(notAllowed.toString()).isEqualTo(400);

        JsonNode dismissed = ok(department.post(
                "/api/enforcement-proposals/" + id + "/decision",
                EnforcementSteps.decision(proposal, null, "MINOR", "事件系上游企业所致，已由属地依法查处，不属本基地责任")));
        assertThat(dismissed.get("state").asString()).isEqualTo("DISMISSED");
        assertThat(dismissed.get("reason").asString()).contains("上游企业");
        assertThat(dismissed.get("run").get("state").asString()).isEqualTo("FINISHED");
        assertThat(jdbc.queryForObject("select state from title where id = ?", String.class, base.titleId()))
                .isEqualTo("VALID");
        // the same incident opens no second proposal when the record is confirmed again or corrected
        assertThat(steps.ids(base.titleId(), "MAJOR_INCIDENT")).hasSize(1);
    }

    @Test
    void twoDecidersAtOnceOneWinsTheOtherGets409() throws Exception {
        EnforcementSteps steps = new EnforcementSteps(port, fixtures, jdbc, clock, candidacies);
        LocalDate today = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING));
        var base = steps.titled.guizhou("520181", today.minusYears(1));
        steps.record(
                "520000", EnforcementSteps.incident("520181", today.minusDays(3), "ESPECIALLY_MAJOR", "清镇市特别重大生态破坏事件"));
        long id = steps.proposals(base.titleId(), "MAJOR_INCIDENT", 1).getFirst();
        Browser first = steps.as(Role.PROVINCE_STAFF, "520000");
        Browser second = steps.as(Role.PROVINCE_STAFF, "520000");
        JsonNode proposal = ok(first.get("/api/enforcement-proposals/" + id));

        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Response>> both = new ArrayList<>();
        for (Browser b : List.of(first, second)) {
            Map<String, Object> body = new HashMap<>(EnforcementSteps.decision(proposal, null, "MINOR", "经核查不予处理"));
            both.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return b.post("/api/enforcement-proposals/" + id + "/decision", body);
            }));
        }
        go.countDown();
        List<Integer> statuses =
                both.stream().map(f -> f.join().status()).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);
        assertThat(jdbc.queryForObject(
                        "select count(*) from procedure_entry e join enforcement_proposal p on p.run_id = e.run_id"
                                + " where p.id = ? and e.action = 'ACT'",
                        Integer.class,
                        id))
                .isEqualTo(1);
    }
}
