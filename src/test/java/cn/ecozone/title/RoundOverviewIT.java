package cn.ecozone.title;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The province's round overview (issue 12 §6): each dossier's waiting step with its name and article,
 * the days waited, what blocks the step in the reader's language, filters, the Excel export, and the
 * same statements for a page over 10 and over 1,000 dossiers in the round.
 */
@ApiTest
class RoundOverviewIT {

    private static final String PROVINCE = "150000";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachDossierShowsItsStepWhatBlocksItAndThePageTakesTheSameStatementsAtTenAndAThousand() {
        TitleTestSteps steps = new TitleTestSteps(port, fixtures, jdbc);
        if (jdbc.queryForObject(
                        "select count(*) from organization where kind = 'DIVISION' and region_code = ?",
                        Long.class,
                        PROVINCE)
                == 0) {
            fixtures.organization(OrganizationKind.DIVISION, PROVINCE);
        }
        long round = steps.dossiers
                .openRound("ECO_CIVILIZATION_ZONE", LocalDate.now(DossierTestSteps.BEIJING))
                .get("id")
                .asLong();
        JsonNode candidacy = steps.dossiers.candidacy(PROVINCE, "150625", "ECO_CIVILIZATION_ZONE");
        JsonNode d = steps.submittedInnerMongolia(candidacy, Role.COUNTY_GOVERNMENT, "150625", round);
        d = TitleTestSteps.step(steps.as(Role.PREFECTURE_STAFF, "150600"), d, null, "DIVISION_CHECK");
        List<Long> divisions = jdbc.queryForList(
                "select assignee_organization_id from procedure_task where run_id = ? and step_code = 'DIVISION_CHECK'"
                        + " and state = 'OPEN'",
                Long.class,
                d.get("run").get("id").asLong());
        for (long org : divisions) {
            Browser reviewer = new Browser(port);
            reviewer.login(fixtures.userIn(Role.DIVISION_REVIEWER, org), Fixtures.PASSWORD);
            d = ok(TitleTestSteps.act(reviewer, d, null));
        }
        assertThat(TitleTestSteps.currentStep(d)).isEqualTo("EXPERT_SCORING");

        Browser province = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        String base = "/api/round-overview/" + round;
        JsonNode page = ok(province.get(base));
        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        JsonNode row = page.get("content").get(0);
        assertThat(row.get("dossierId").asLong()).isEqualTo(d.get("id").asLong());
        assertThat(row.get("currentStepCode").asString()).isEqualTo("EXPERT_SCORING");
        assertThat(row.get("currentStepNameZh").asString()).isNotBlank();
        assertThat(row.get("currentStepArticle").asString()).isEqualTo("第十四条（二）");
        assertThat(row.get("daysWaiting").asLong()).isZero();
        // the panel's record is missing: the block says so, in the reader's language
        assertThat(row.get("blocks")).hasSize(1);
        String zh = row.get("blocks").get(0).asString();
        String en = ok(province.language("en").get(base))
                .get("content")
                .get(0)
                .get("blocks")
                .get(0)
                .asString();
        assertThat(zh).isNotEqualTo(en);

        assertThat(ok(province.get(base + "?stepCode=PUBLICITY"))
                        .get("totalElements")
                        .asLong())
                .isZero();
        assertThat(ok(province.get(base + "?regionCode=150600&q=达拉特"))
                        .get("totalElements")
                        .asLong())
                .isZero();
        assertThat(ok(province.get(base + "?regionCode=150600"))
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
        assertThat(ok(steps.as(Role.PREFECTURE_STAFF, "150400").get(base))
                        .get("totalElements")
                        .asLong())
                .isZero();
        byte[] workbook = province.download(base + "/export");
        assertThat(new String(workbook, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");

        // copies of the dossier in the round, each of a candidacy and on a run of its own, waiting in turn at
        // the Ministry's result (NAMING_RECORDED), the expert scoring (PANEL_CLOSED) and the publicity
        // (PUBLICITY_ENDED), each answered for all runs in one statement; a page of 20 over 10 of them and
        // over 1,000 takes the same statements, so a statement per row shown or per dossier would tell.
        String marker = "总览" + System.nanoTime();
        copies(candidacy.get("id").asLong(), d.get("id").asLong(), marker, 10);
        String list = base + "?size=20&q=" + marker;
        assertThat(ok(province.get(base)).get("totalElements").asLong()).isEqualTo(11);
        JsonNode ten = ok(province.get(list));
        assertThat(ten.get("content")).hasSize(10);
        assertThat(ten.get("content").findValuesAsString("currentStepCode"))
                .containsOnly("MINISTRY_RESULT", "EXPERT_SCORING", "PUBLICITY");
        assertThat(ten.get("content").get(0).get("blocks")).hasSize(1);
        assertThat(ten.get("content").get(0).get("currentStepCode").asString()).isEqualTo("MINISTRY_RESULT");
        assertThat(ten.get("content").get(0).get("currentStepArticle").asString())
                .isEqualTo("第十五条");
        assertThat(ten.get("content").get(1).get("currentStepCode").asString()).isEqualTo("EXPERT_SCORING");
        assertThat(ten.get("content").get(1).get("blocks")).hasSize(1);
        assertThat(ok(province.get(list + "&stepCode=PUBLICITY"))
                        .get("totalElements")
                        .asLong())
                .isEqualTo(3);
        int atTen = province.statements(list);
        copies(candidacy.get("id").asLong(), d.get("id").asLong(), marker, 990);
        ok(province.get(list)); // warms what a first request after the insert loads (the region tree's cache)
        JsonNode full = ok(province.get(list));
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(20);
        assertThat(full.get("content").findValuesAsString("currentStepCode"))
                .containsOnly("MINISTRY_RESULT", "EXPERT_SCORING", "PUBLICITY");
        assertThat(province.statements(list)).isEqualTo(atTen);
        assertThat(ok(province.get(list + "&stepCode=PUBLICITY"))
                        .get("totalElements")
                        .asLong())
                .isEqualTo(333);
    }

    private void copies(long templateCandidacy, long templateDossier, String marker, int n) {
        long offset = jdbc.queryForObject(
                "select count(*) from candidacy where subject_name like ?", Long.class, marker + "%");
        Clones.of(jdbc, "candidacy", templateCandidacy, n, (i, row) -> {
            row.put("subject_name", marker + (offset + i));
            row.put("active_key", marker + (offset + i));
        });
        List<Long> candidacies = jdbc.queryForList(
                "select id from candidacy where subject_name like ? order by id", Long.class, marker + "%");
        Clones.of(jdbc, "dossier", templateDossier, n, (i, row) -> {
            row.put("candidacy_id", candidacies.get((int) offset + i));
            row.put("subject_name", marker + " " + (offset + i));
        });
        // a run of each copy's own, where the template's waits
        List<Long> copied = jdbc.queryForList(
                "select id from dossier where subject_name like ? order by id", Long.class, marker + " %");
        long templateRun = jdbc.queryForObject("select run_id from dossier where id = ?", Long.class, templateDossier);
        String stepsJson =
                jdbc.queryForObject("select steps_json from procedure_run where id = ?", String.class, templateRun);
        int[] waitAt = {
            stepIndex(stepsJson, "MINISTRY_RESULT"),
            stepIndex(stepsJson, "EXPERT_SCORING"),
            stepIndex(stepsJson, "PUBLICITY")
        };
        Clones.of(jdbc, "procedure_run", templateRun, n, (i, row) -> {
            row.put("subject_id", copied.get((int) offset + i));
            row.put("current_step", waitAt[(int) ((offset + i) % 3)]);
        });
        jdbc.update(
                "update dossier set run_id = (select r.id from procedure_run r where r.subject_type = 'DOSSIER'"
                        + " and r.subject_id = dossier.id) where subject_name like ?",
                marker + " %");
        assertThat(jdbc.queryForObject(
                        "select count(distinct run_id) from dossier where subject_name like ?",
                        Long.class,
                        marker + " %"))
                .isEqualTo(offset + n);
    }

    /** The index of the step {@code code} in a run's pinned steps. */
    private static int stepIndex(String stepsJson, String code) {
        JsonNode tree = JsonMapper.builder().build().readTree(stepsJson);
        JsonNode steps = tree.isArray() ? tree : tree.get("steps");
        for (int i = 0; i < steps.size(); i++) {
            if (code.equals(steps.get(i).get("code").asString())) {
                return i;
            }
        }
        throw new AssertionError("no step " + code + " in " + stepsJson);
    }
}
