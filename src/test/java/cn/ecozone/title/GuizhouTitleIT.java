package cn.ecozone.title;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The Guizhou path over HTTP, each step by its real role, to the department's naming (art. 16) and
 * the 3-year title. The candidacies are pinned to GZ-TWOMTN-2021 v2, whose steps require no record of
 * the review, publicity or opinion modules (ADR 0027), so this test walks the whole chain on the engine
 * without them; the v3 requirements are the path test's once those modules are in.
 */
@ApiTest
class GuizhouTitleIT {

    private static final String PROVINCE = "520000";
    private static final String BIJIE = "520500";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    TitleTestSteps steps;

    @BeforeEach
    void setUp() {
        steps = new TitleTestSteps(port, fixtures, jdbc);
    }

    /** Submits the county's dossier and takes it, role by role, to the department's designation. */
    private JsonNode atDesignation(JsonNode candidacy, String county) {
        JsonNode d = steps.submittedGuizhou(clock, candidacy, county);
        assertThat(TitleTestSteps.currentStep(d)).isEqualTo("CULTIVATE");
        Browser bureau = steps.as(Role.PREFECTURE_STAFF, BIJIE);
        Browser government = steps.as(Role.PREFECTURE_GOVERNMENT, BIJIE);
        Browser department = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        d = TitleTestSteps.step(bureau, d, null, "CONSENT"); // art. 9: the bureau leads
        d = TitleTestSteps.step(government, d, null, "PUBLICITY"); // art. 9: the government consents
        d = TitleTestSteps.step(government, d, null, "RECOMMEND"); // art. 10
        d = TitleTestSteps.step(government, d, null, "DOCUMENT_REVIEW"); // art. 11
        d = TitleTestSteps.step(department, d, "PASS", "SITE_CHECK"); // art. 14
        d = TitleTestSteps.step(department, d, "PASS", "SELECTION"); // art. 14
        d = TitleTestSteps.step(department, d, null, "PROVINCE_PUBLICITY"); // art. 15
        return TitleTestSteps.step(department, d, null, "DESIGNATE"); // art. 15
    }

    @Test
    void theDepartmentsNamingGivesAThreeYearTitleMovesTheCandidacyToTitledAndThePublicListShowsIt() {
        JsonNode candidacy = steps.candidacyPinnedTo(PROVINCE, "520526", "TWO_MOUNTAINS_BASE", 2);
        JsonNode d = atDesignation(candidacy, "520526");
        long dossierId = d.get("id").asLong();
        LocalDate today = LocalDate.now(clock);
        Browser department = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        String path = "/api/namings/" + dossierId;

        // the municipal bureau does not name (art. 16: the department does)
        Response byBureau = steps.as(Role.PREFECTURE_STAFF, BIJIE)
                .post(path, TitleTestSteps.naming(true, "黔环函〔2026〕1号", today, null, TitleTestSteps.runVersion(d)));
        assertThat(byBureau.status()).as(byBureau.toString()).isEqualTo(403);
        // named needs the document's number, and the date is not in the future; nothing changes
        Response noNumber =
                department.post(path, TitleTestSteps.naming(true, " ", today, null, TitleTestSteps.runVersion(d)));
        assertThat(noNumber.status()).isEqualTo(400);
        assertThat(noNumber.body()).contains("documentNumber");
        Response future = department.post(
                path,
                TitleTestSteps.naming(true, "黔环函〔2026〕1号", today.plusDays(1), null, TitleTestSteps.runVersion(d)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("decidedOn");
        Response stale = department.post(
                path, TitleTestSteps.naming(true, "黔环函〔2026〕1号", today, null, TitleTestSteps.runVersion(d) - 1));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from naming where dossier_id = ?", Long.class, dossierId))
                .isZero();

        JsonNode naming = ok(department.post(
                path, TitleTestSteps.naming(true, "黔环函〔2026〕1号", today, null, TitleTestSteps.runVersion(d))));
        assertThat(naming.get("named").asBoolean()).isTrue();
        assertThat(naming.get("namingBodyZh").asString()).isNotBlank();
        JsonNode title = naming.get("title");
        assertThat(title.get("validityYears").asInt()).isEqualTo(3);
        assertThat(title.get("validityArticle").asString()).isEqualTo("第十六条");
        assertThat(title.get("namedOn").asString()).isEqualTo(today.toString());
        assertThat(title.get("validUntil").asString())
                .isEqualTo(today.plusYears(3).minusDays(1).toString());
        assertThat(title.get("state").asString()).isEqualTo("VALID");

        JsonNode after = ok(department.get(DossierTestSteps.path(d)));
        assertThat(after.get("run").get("state").asString()).isEqualTo("FINISHED");
        JsonNode titled =
                ok(department.get("/api/candidacies/" + candidacy.get("id").asLong()));
        assertThat(titled.get("state").asString()).isEqualTo("TITLED");
        assertThat(titled.get("links").toString()).contains("TITLE");
        // the step is done: a second naming finds nothing waiting
        Response again = department.post(
                path, TitleTestSteps.naming(true, "黔环函〔2026〕2号", today, null, TitleTestSteps.runVersion(after)));
        assertThat(again.status()).isEqualTo(409);

        JsonNode published =
                ok(new Browser(port).get("/api/public/titles?regionCode=520526&programme=TWO_MOUNTAINS_BASE"));
        assertThat(published.get("totalElements").asLong()).isEqualTo(1);
        JsonNode row = published.get("content").get(0);
        assertThat(row.get("documentNumber").asString()).isEqualTo("黔环函〔2026〕1号");
        assertThat(row.get("regionCode").asString()).isEqualTo("520526"); // the link to its progress page
        assertThat(row.get("state").asString()).isEqualTo("VALID");
        assertThat(row.has("candidacyId")).isFalse();
        assertThat(row.has("dossierId")).isFalse();
        JsonNode otherYear =
                ok(new Browser(port).get("/api/public/titles?regionCode=520526&year=" + (today.getYear() - 1)));
        assertThat(otherYear.get("totalElements").asLong()).isZero();
        assertThat(new Browser(port).get("/api/public/titles?year=1800").status())
                .isEqualTo(400);
        // province staff read it in their list; another city's staff do not
        assertThat(ok(department.get("/api/titles?regionCode=520526"))
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
        assertThat(ok(steps.as(Role.PREFECTURE_STAFF, "520600").get("/api/titles?q=威宁"))
                        .get("totalElements")
                        .asLong())
                .isZero();
    }

    @Test
    void notNamedReturnsTheRunWithTheReasonAndGivesNoTitle() {
        JsonNode candidacy = steps.candidacyPinnedTo(PROVINCE, "520527", "TWO_MOUNTAINS_BASE", 2);
        JsonNode d = atDesignation(candidacy, "520527");
        Browser department = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        LocalDate today = LocalDate.now(clock);
        String path = "/api/namings/" + d.get("id").asLong();

        Response noReason =
                department.post(path, TitleTestSteps.naming(false, null, today, "", TitleTestSteps.runVersion(d)));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");

        JsonNode naming = ok(department.post(
                path, TitleTestSteps.naming(false, null, today, "审议未通过：生态环境质量排名下降", TitleTestSteps.runVersion(d))));
        assertThat(naming.get("named").asBoolean()).isFalse();
        assertThat(naming.get("title").isNull()).isTrue();
        JsonNode after = ok(department.get(DossierTestSteps.path(d)));
        assertThat(TitleTestSteps.currentStep(after)).isNotEqualTo("DESIGNATE");
        assertThat(after.get("run").get("timeline").toString()).contains("审议未通过：生态环境质量排名下降", "RETURN");
        JsonNode c = ok(department.get("/api/candidacies/" + candidacy.get("id").asLong()));
        assertThat(c.get("state").asString()).isEqualTo("APPLYING");
        assertThat(jdbc.queryForObject(
                        "select count(*) from title where candidacy_id = ?",
                        Long.class,
                        candidacy.get("id").asLong()))
                .isZero();
    }

    @Test
    void twoNamingsAtOnceMakeOneTitleAndTheOtherIsAConflict() throws Exception {
        JsonNode candidacy = steps.candidacyPinnedTo(PROVINCE, "520502", "TWO_MOUNTAINS_BASE", 2);
        JsonNode d = atDesignation(candidacy, "520502");
        Browser first = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        Browser second = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        LocalDate today = LocalDate.now(clock);
        String path = "/api/namings/" + d.get("id").asLong();
        long version = TitleTestSteps.runVersion(d);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Response>> both = List.of(first, second).stream()
                .map(b -> CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return b.post(path, TitleTestSteps.naming(true, "黔环函〔2026〕9号", today, null, version));
                }))
                .toList();
        go.countDown();
        List<Integer> statuses =
                both.stream().map(f -> f.join().status()).sorted().toList();

        assertThat(statuses)
                .as(both.stream().map(f -> f.join().toString()).toList().toString())
                .containsExactly(200, 409);
        assertThat(jdbc.queryForObject(
                        "select count(*) from title where candidacy_id = ?",
                        Long.class,
                        candidacy.get("id").asLong()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from naming where dossier_id = ?",
                        Long.class,
                        d.get("id").asLong()))
                .isEqualTo(1);
    }
}
