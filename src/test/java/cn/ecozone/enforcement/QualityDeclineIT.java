package cn.ecozone.enforcement;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.calendar.CalendarManagement;
import cn.ecozone.calendar.Counting;
import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * IM eco-civ art. 18 over HTTP: a titled county whose eco-quality assessment worsened gets a proposal
 * to urge rectification, with the series of its grades by year; the decision orders a rectification
 * with the data's suggested period (silent, shown with its note); the subject reports, the department
 * returns with a reason, the subject reports again and the department accepts.
 */
@ApiTest
class QualityDeclineIT {

    private static final String COUNTY = "150205";

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

    @Autowired
    CalendarManagement calendar;

    @Test
    void aWorsenedAssessmentOpensARectificationUrgedProposalWithTheSeriesAndTheOrderRunsToAcceptance() {
        EnforcementSteps steps = new EnforcementSteps(port, fixtures, jdbc, clock, candidacies);
        LocalDate today = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING));
        steps.keyArea(COUNTY);
        var zone = steps.titled.innerMongolia(
                COUNTY, Role.COUNTY_GOVERNMENT, "ECO_CIVILIZATION_ZONE", today.minusYears(1));
        int year = today.getYear();
        steps.record(
                "150000",
                EnforcementSteps.ecoQuality(
                        COUNTY, year - 2, "STABLE", today.minusYears(1).minusDays(30)));
        long worse =
                steps.record("150000", EnforcementSteps.ecoQuality(COUNTY, year - 1, "WORSE", today.minusDays(10)));

        long id = steps.proposals(zone.titleId(), "QUALITY_DECLINE", 1).getFirst();
        Browser department = steps.as(Role.PROVINCE_STAFF, "150000");
        JsonNode proposal = ok(department.get("/api/enforcement-proposals/" + id));
        assertThat(proposal.get("article").asString()).isEqualTo("第十八条");
        assertThat(proposal.get("allowed").toString()).isEqualTo("[\"RECTIFICATION\"]");
        JsonNode evidence = proposal.get("evidence");
        assertThat(evidence.get(0).get("recordId").asLong()).isEqualTo(worse);
        assertThat(evidence.get(1).get("source").asString()).isEqualTo("SERIES");
        assertThat(evidence.get(1).get("year").asInt()).isEqualTo(year - 2);
        assertThat(evidence.get(1).get("value").asInt()).isZero();
        assertThat(evidence.get(2).get("year").asInt()).isEqualTo(year - 1);
        assertThat(evidence.get(2).get("value").asInt()).isEqualTo(-2);
        assertThat(proposal.get("options").get(0).get("suggestedWorkingDays").asInt())
                .isEqualTo(60);

        JsonNode decided = ok(department.post(
                "/api/enforcement-proposals/" + id + "/decision",
                EnforcementSteps.decision(proposal, "RECTIFICATION", "MINOR", "督促加快推进问题整改")));
        assertThat(decided.get("state").asString()).isEqualTo("ACTED");
        long rectificationId =
                jdbc.queryForObject("select id from enforcement_rectification where proposal_id = ?", Long.class, id);
        JsonNode order = ok(department.get("/api/rectifications/" + rectificationId));
        assertThat(order.get("workingDays").asInt()).isEqualTo(60);
        assertThat(order.get("periodNote").asString()).contains("建议值60个工作日");
        assertThat(order.get("dueOn").asString())
                .isEqualTo(calendar.deadline(today, 60, Counting.NEXT_DAY, Locale.SIMPLIFIED_CHINESE)
                        .date()
                        .toString());

        Browser subject = steps.as(Role.COUNTY_GOVERNMENT, COUNTY);
        JsonNode reported = ok(subject.post(
                "/api/rectifications/" + rectificationId + "/report",
                Map.of("version", order.get("run").get("version").asLong(), "report", "已完成整改一期工程")));
        assertThat(reported.get("run").get("currentStepCode").asString()).isEqualTo("ACCEPT");
        Response noReport =
                subject.post("/api/rectifications/" + rectificationId + "/report", Map.of("version", 0, "report", " "));
        assertThat(noReport.status()).isEqualTo(400);
        JsonNode returned = ok(department.post(
                "/api/rectifications/" + rectificationId + "/return",
                Map.of("version", reported.get("run").get("version").asLong(), "opinion", "缺少监测数据佐证")));
        assertThat(returned.get("run").get("currentStepCode").asString()).isEqualTo("RECTIFY");
        JsonNode again = ok(subject.post(
                "/api/rectifications/" + rectificationId + "/report",
                Map.of("version", returned.get("run").get("version").asLong(), "report", "补充监测数据，整改完成")));
        JsonNode accepted = ok(department.post(
                "/api/rectifications/" + rectificationId + "/accept",
                Map.of("version", again.get("run").get("version").asLong(), "opinion", "整改到位")));
        assertThat(accepted.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(accepted.get("report").asString()).isEqualTo("补充监测数据，整改完成");
        assertThat(ok(steps.as(Role.PROVINCE_STAFF, "520000").get("/api/rectifications?size=100"))
                        .get("content")
                        .toString())
                .doesNotContain("\"id\":" + rectificationId + ",");
    }
}
