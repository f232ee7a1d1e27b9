package cn.ecozone.supervision;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.indicator.EditionHeader;
import cn.ecozone.indicator.EditionManagement;
import cn.ecozone.indicator.EditionView;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.supervision.internal.CheckOpeningJob;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.title.TitledSubjects;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Guizhou's post-evaluation (arts. 22–23): opened by the job at 满3年, later by the province's delay
 * (适时), on the Two Mountains Index edition in force that day; its conclusion with problems publishes
 * {@link CheckConcluded} with the rectification period and the falsification found (art. 24(7)).
 */
@ApiTest
class PostEvaluationIT {

    private static final String SUCCESSOR = "GZ-2SZS-H2IT";

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
    CheckOpeningJob job;

    @Autowired
    EditionManagement editions;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void opensAtThreeYearsAfterTheProvincesDelayOnTheEditionInForceAndItsConclusionPublishesThePeriod() {
        var titled = new TitledSubjects(port, fixtures, jdbc, clock, candidacies)
                .guizhou("520121", LocalDate.of(2023, 6, 15));
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        Browser gz = steps.as(Role.PROVINCE_STAFF, "520000");
        DossierTestSteps.on(
                clock, LocalDate.of(2026, 1, 10), () -> successor("GZ-2SZS-2021", LocalDate.of(2026, 1, 10)));

        // 适时: the province opens its post-evaluations 10 days after the day
        JsonNode settings =
                ok(gz.put("/api/supervision-settings", Map.of("checkCode", "POST_EVALUATION_3Y", "delayDays", 10)));
        JsonNode setting = setting(settings);
        assertThat(setting.get("delayDays").asInt()).isEqualTo(10);
        assertThat(setting.get("uncertain").asBoolean()).isTrue();
        assertThat(setting.get("article").asString()).isEqualTo("第二十二条");
        assertThat(gz.put("/api/supervision-settings", Map.of("checkCode", "POST_EVALUATION_3Y", "delayDays", 400))
                        .status())
                .isEqualTo(400);
        try {
            SupervisionTestSteps.openOn(clock, job, LocalDate.of(2026, 6, 15));
            assertThat(SupervisionTestSteps.checksOf(gz, "520121")
                            .get("totalElements")
                            .asLong())
                    .isZero();
            SupervisionTestSteps.openOn(clock, job, LocalDate.of(2026, 6, 25));
        } finally {
            // back to "not set" as it found it; lowering the delay through the API would be refused while
            // another test's base waits for its post-evaluation (its due day would fall before the catch-up)
            jdbc.update(
                    "delete from supervision_setting where province_code = '520000' and check_code = ?",
                    "POST_EVALUATION_3Y");
        }
        JsonNode list = SupervisionTestSteps.checksOf(gz, "520121");
        assertThat(list.get("totalElements").asLong()).isEqualTo(1);
        JsonNode check = list.get("content").get(0);
        assertThat(check.get("titleId").asLong()).isEqualTo(titled.titleId());
        assertThat(check.get("kind").asString()).isEqualTo("POST_EVALUATION");
        assertThat(check.get("anniversaryOn").asString()).isEqualTo("2026-06-15");
        assertThat(check.get("dueOn").asString()).isEqualTo("2026-06-25");
        long id = check.get("id").asLong();

        JsonNode view = ok(gz.get("/api/supervision-checks/" + id));
        assertThat(view.get("editionCode").asString())
                .as("the edition in force on the day")
                .isEqualTo(SUCCESSOR);
        assertThat(view.get("index")).extracting(n -> n.get("year").asInt()).containsExactly(2023, 2024, 2025);
        assertThat(view.get("index").get(0).get("edition").asString()).isEqualTo(SUCCESSOR);
        assertThat(view.get("rule").get("uncertain").asBoolean()).isTrue();
        assertThat(view.get("rule").get("delayDays").asInt())
                .as("the setting removed")
                .isZero();
        int suggested = view.get("rectification").get("workingDays").asInt();

        List<CheckConcluded> published = new CopyOnWriteArrayList<>();
        ApplicationListener<ApplicationEvent> listener = e -> {
            if (e instanceof PayloadApplicationEvent<?> p
                    && p.getPayload() instanceof CheckConcluded c
                    && c.checkId() == id) {
                published.add(c);
            }
        };
        context.addApplicationListener(listener);
        try {
            Map<String, Object> conclusion = new HashMap<>();
            conclusion.put("problemsFound", true);
            conclusion.put("falsificationFound", true);
            conclusion.put("textZh", "实施方案推进滞后，部分指标数据弄虚作假，限期整改");
            JsonNode concluded = ok(gz.post("/api/supervision-checks/" + id + "/conclusion", conclusion));
            assertThat(concluded.get("run").get("state").asString()).isEqualTo("FINISHED");
        } finally {
            context.removeApplicationListener(listener);
        }
        assertThat(published).singleElement().satisfies(e -> {
            assertThat(e.problemsFound()).isTrue();
            assertThat(e.falsificationFound()).isTrue();
            assertThat(e.rectificationWorkingDays()).isEqualTo(suggested);
            assertThat(e.kind()).isEqualTo(cn.ecozone.regulation.TitleRules.CheckKind.POST_EVALUATION);
            assertThat(e.titleId()).isEqualTo(titled.titleId());
            assertThat(e.regionPath()).endsWith("/520121/");
            assertThat(e.checkCode()).isEqualTo("POST_EVALUATION_3Y");
        });
    }

    private static JsonNode setting(JsonNode settings) {
        for (JsonNode s : settings) {
            if (s.get("checkCode").asString().equals("POST_EVALUATION_3Y")) {
                return s;
            }
        }
        throw new AssertionError("no POST_EVALUATION_3Y in " + settings);
    }

    /** A later edition of the same index (same title and province), issued and published on {@code issued}. */
    private EditionView successor(String of, LocalDate issued) {
        Actor gz =
                new Actor(0, "gz.staff", "gz.staff", Role.PROVINCE_STAFF, 0, "贵州省生态环境厅", "520000", "/520000/", false);
        EditionHeader h = editions.detail(of, gz).header();
        EditionHeader next = new EditionHeader(
                SUCCESSOR,
                h.version() + 1,
                h.titleZh(),
                h.titleEn(),
                h.issuerZh(),
                h.documentZh(),
                issued,
                false,
                h.source(),
                h.complete(),
                h.levels(),
                h.province(),
                h.firstYear(),
                h.lastYear(),
                h.scoreMethod(),
                h.scoreNoteZh(),
                h.scoreNoteEn());
        EditionView draft = editions.create(next, of, gz);
        return editions.publish(SUCCESSOR, draft.version(), gz);
    }
}
