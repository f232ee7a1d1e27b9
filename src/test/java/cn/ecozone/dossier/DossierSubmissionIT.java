package cn.ecozone.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Submission on the procedure engine: what blocks it, who receives it (IM county → league bureau, IM
 * eco-civ art. 13; Guizhou county → municipal bureau, art. 9/11), return with a reason and withdrawal,
 * and the indicator snapshot frozen at submission.
 */
@ApiTest
class DossierSubmissionIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    DossierTestSteps steps;

    @BeforeEach
    void setUp() {
        steps = new DossierTestSteps(port, fixtures);
    }

    @Test
    void anInnerMongoliaCountysSubmissionOpensTheLeagueBureausTaskWhichReturnsItWithAReasonAndTheSubjectWithdrawsIt() {
        LocalDate today = LocalDate.now(clock);
        long round = steps.openRound("ECO_CIVILIZATION_ZONE", today).get("id").asLong();
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, "150422");
        JsonNode candidacy = steps.candidacy("150000", "150422", "ECO_CIVILIZATION_ZONE");
        JsonNode d = DossierTestSteps.created(county, candidacy, round);
        d = DossierTestSteps.complete(county, d);
        assertThat(d.get("blockers")).as(d.get("blockers").toString()).isEmpty();
        // counties have no indicator edition in the platform: said plainly, not an empty result
        assertThat(d.get("indicators").get("editionCode").isNull()).isTrue();
        assertThat(d.get("indicators").get("noteZh").asString()).contains("暂无");
        assertThat(d.get("indicators").get("blocksSubmission").asBoolean()).isFalse();
        // the plan check is automatic and, without a plan in force, not met: the subject answered it
        JsonNode plan = d.get("eligibility").get(0);
        assertThat(plan.get("code").asString()).isEqualTo("PLAN_VALID");
        assertThat(plan.get("automatic").asBoolean()).isTrue();
        assertThat(plan.get("met").asBoolean()).isFalse();

        Response stale = county.post(
                DossierTestSteps.path(d) + "/submit",
                Map.of("version", d.get("version").asLong() - 1));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        Browser other = steps.as(Role.COUNTY_GOVERNMENT, "150423");
        assertThat(other.get(DossierTestSteps.path(d)).status()).isEqualTo(404);
        assertThat(DossierTestSteps.submit(other, d).status()).isEqualTo(404);

        d = DossierTestSteps.ok(DossierTestSteps.submit(county, d));
        assertThat(d.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(d.get("submittedOn").asString()).isEqualTo(today.toString());
        assertThat(d.get("run").get("currentStepCode").asString()).isEqualTo("INITIAL_SELECTION");
        assertThat(d.get("allowedActions").toString()).contains("WITHDRAW").doesNotContain("SUBMIT", "EDIT");
        // the candidacy's application runs: 申报, with the dossier linked and the step in its timeline
        JsonNode applying = DossierTestSteps.ok(steps.as(Role.PROVINCE_STAFF, "150000")
                .get("/api/candidacies/" + candidacy.get("id").asLong()));
        assertThat(applying.get("state").asString()).isEqualTo("APPLYING");
        assertThat(applying.get("links").toString())
                .contains("DOSSIER", Long.toString(d.get("id").asLong()));
        assertThat(applying.get("timeline").toString()).contains("APPLICATION_SUBMITTED");
        Response locked = DossierTestSteps.text(county, d, "ABSTRACT", "改");
        assertThat(locked.status()).as(locked.toString()).isEqualTo(409);

        Browser league = steps.as(Role.PREFECTURE_STAFF, "150400");
        JsonNode seen = DossierTestSteps.ok(league.get(DossierTestSteps.path(d)));
        assertThat(seen.get("allowedActions").toString()).contains("ACT", "RETURN");
        assertThat(league.get("/api/procedures/inbox").body())
                .contains(d.get("subjectName").asString());
        Response noReason = DossierTestSteps.action(league, seen, "RETURN", " ");
        assertThat(noReason.status()).as(noReason.toString()).isIn(400, 422);
        JsonNode returned = DossierTestSteps.ok(DossierTestSteps.action(league, seen, "RETURN", "典型事迹材料需补充数据来源"));
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");

        d = DossierTestSteps.ok(county.get(DossierTestSteps.path(d)));
        assertThat(d.get("allowedActions").toString()).contains("EDIT", "SUBMIT");
        d = DossierTestSteps.ok(DossierTestSteps.text(county, d, "ABSTRACT", "摘".repeat(520)));
        d = DossierTestSteps.ok(DossierTestSteps.submit(county, d));
        assertThat(d.get("state").asString()).isEqualTo("SUBMITTED");
        d = DossierTestSteps.ok(DossierTestSteps.action(county, d, "WITHDRAW", null));
        assertThat(d.get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(d.get("allowedActions").toString()).contains("EDIT", "SUBMIT");
        assertThat(steps.as(Role.PROVINCE_STAFF, "150000")
                        .get("/api/dossiers?state=WITHDRAWN&regionCode=150422")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aLeaguesDossierIsBlockedByEveryMissingMaterialItsIndicatorsAndEachExcludingRecord() {
        LocalDate today = LocalDate.now(clock);
        long round = steps.openRound("ECO_CIVILIZATION_ZONE", today).get("id").asLong();
        Browser league = steps.as(Role.PREFECTURE_GOVERNMENT, "150700");
        JsonNode d =
                DossierTestSteps.created(league, steps.candidacy("150000", "150700", "ECO_CIVILIZATION_ZONE"), round);
        jdbc.update(
                "insert into register_record (kind, region_code, region_path, occurred_on, summary, source_number,"
                        + " source_date, source_issuer, state, entered_by, created_at, updated_at, version)"
                        + " values ('DATA_FALSIFICATION', '150702', '/150000/150700/150702/', ?, '空气自动站数据造假',"
                        + " '呼环罚〔2026〕7号', ?, '呼伦贝尔市生态环境局', 'CONFIRMED', 'test', current_timestamp,"
                        + " current_timestamp, 0)",
                today.minusDays(10),
                today.minusDays(9));

        Response blocked = DossierTestSteps.submit(league, d);
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(422);
        String errors = blocked.json().get("errors").toString();
        assertThat(errors).contains("TYPICAL_STORY", "PHOTOS", "WORK_REPORT", "CONDITION", "INDICATORS", "EXCLUSION");
        assertThat(errors).contains("空气自动站数据造假", "呼环罚〔2026〕7号", "第十一条（六）");
        assertThat(errors).contains("第十条（三）", "近3年建设指标未全部达标", "优良天数比率（C24-04-1）");

        d = DossierTestSteps.complete(league, DossierTestSteps.ok(league.get(DossierTestSteps.path(d))));
        assertThat(d.get("exclusions").get("excluded").asBoolean()).isTrue();
        assertThat(d.get("indicators").get("editionCode").asString()).isEqualTo("ECOCIV-CITY-2024");
        assertThat(d.get("indicators").get("blocksSubmission").asBoolean()).isTrue();
        assertThat(d.get("blockers"))
                .extracting(b -> b.get("code").asString())
                .containsExactlyInAnyOrder("INDICATORS", "EXCLUSION");
        Response english = league.language("en")
                .post(
                        DossierTestSteps.path(d) + "/submit",
                        Map.of("version", d.get("version").asLong()));
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.json().get("detail").asString()).contains("2 problems");
        assertThat(steps.as(Role.PROVINCE_STAFF, "150000")
                        .get("/api/dossiers?regionCode=150700")
                        .json()
                        .get("content")
                        .get(0)
                        .get("excluded")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void theDossierListShowsARecordEnteredAfterTheDossiersLastWriteAsExcluding() {
        LocalDate today = LocalDate.now(clock);
        long round = steps.openRound("ECO_CIVILIZATION_ZONE", today).get("id").asLong();
        Browser league = steps.as(Role.PREFECTURE_GOVERNMENT, "150800");
        DossierTestSteps.created(league, steps.candidacy("150000", "150800", "ECO_CIVILIZATION_ZONE"), round);
        Browser province = steps.as(Role.PROVINCE_STAFF, "150000");
        String list = "/api/dossiers?regionCode=150800";
        assertThat(province.get(list)
                        .json()
                        .get("content")
                        .get(0)
                        .get("excluded")
                        .asBoolean())
                .isFalse();

        // entered after the dossier's last write; nobody touches the dossier
        jdbc.update(
                "insert into register_record (kind, region_code, region_path, occurred_on, summary, source_number,"
                        + " source_date, source_issuer, state, entered_by, created_at, updated_at, version)"
                        + " values ('DATA_FALSIFICATION', '150802', '/150000/150800/150802/', ?, '水质自动站数据造假',"
                        + " '巴环罚〔2026〕3号', ?, '巴彦淖尔市生态环境局', 'CONFIRMED', 'test', current_timestamp,"
                        + " current_timestamp, 0)",
                today.minusDays(3),
                today.minusDays(2));

        assertThat(province.get(list)
                        .json()
                        .get("content")
                        .get(0)
                        .get("excluded")
                        .asBoolean())
                .as("the list judges each dossier when it is read, as the dossier page does")
                .isTrue();
    }

    @Test
    void aGuizhouCountysSubmissionOpensTheMunicipalBureausTaskAndFreezesItsSnapshotWhichLaterValuesDoNotChange() {
        int year = LocalDate.now(clock).getYear();
        JsonNode candidacy = steps.candidacy("520000", "520525", "TWO_MOUNTAINS_BASE");
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, "520525");
        String value = "/api/indicator-values/GZ-2SZS-2021/520525/" + (year - 2) + "/GZ-02";
        JsonNode entered = DossierTestSteps.ok(county.put(value, Map.of("value", 97.0)));

        JsonNode d = DossierTestSteps.on(clock, LocalDate.of(year, 3, 15), () -> {
            JsonNode draft = DossierTestSteps.complete(county, DossierTestSteps.created(county, candidacy, null));
            JsonNode live = draft.get("indicators");
            assertThat(live.get("frozen").asBoolean()).isFalse();
            assertThat(live.get("years").toString())
                    .isEqualTo("[" + (year - 3) + "," + (year - 2) + "," + (year - 1) + "]");
            return DossierTestSteps.ok(DossierTestSteps.submit(county, draft));
        });
        assertThat(d.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(d.get("run").get("currentStepCode").asString()).isEqualTo("CULTIVATE");
        assertThat(DossierTestSteps.ok(steps.as(Role.PREFECTURE_STAFF, "520500").get(DossierTestSteps.path(d)))
                        .get("allowedActions")
                        .toString())
                .contains("ACT", "RETURN");
        assertThat(steps.as(Role.PREFECTURE_STAFF, "520300")
                        .get(DossierTestSteps.path(d))
                        .status())
                .isEqualTo(404);

        JsonNode frozen = d.get("indicators");
        assertThat(frozen.get("frozen").asBoolean()).isTrue();
        assertThat(valueOf(frozen, "GZ-02", year - 2)).isEqualTo(97.0);
        assertThat(frozen.get("changedSince")).isEmpty();

        Map<String, Object> change = new HashMap<>();
        change.put("value", 80.0);
        change.put("version", entered.get("version").asLong());
        change.put("reason", "核对后更正");
        DossierTestSteps.ok(county.put(value, change));
        JsonNode later =
                DossierTestSteps.ok(county.get(DossierTestSteps.path(d))).get("indicators");
        assertThat(valueOf(later, "GZ-02", year - 2)).isEqualTo(97.0);
        JsonNode changed = later.get("changedSince").get(0);
        assertThat(changed.get("indicatorCode").asString()).isEqualTo("GZ-02");
        assertThat(changed.get("year").asInt()).isEqualTo(year - 2);
        assertThat(changed.get("frozenValue").asDouble()).isEqualTo(97.0);
        assertThat(changed.get("currentValue").asDouble()).isEqualTo(80.0);
    }

    private static double valueOf(JsonNode snapshot, String indicator, int year) {
        for (JsonNode row : snapshot.get("rows")) {
            if (row.get("indicatorCode").asString().equals(indicator)) {
                for (JsonNode v : row.get("values")) {
                    if (v.get("year").asInt() == year) {
                        return v.get("value").asDouble();
                    }
                }
            }
        }
        throw new AssertionError("no " + indicator + " " + year + " in " + snapshot);
    }
}
