package cn.ecozone.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.shared.Role;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestClockConfig;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12 in the browser: the Inner Mongolia county path (IM eco-civ arts. 13–16) to a title, every
 * decision a click of its role. 康巴什区 submits its dossier; the Ordos league bureau selects it; the
 * division checks it; the department draws a panel of three, the experts score, the panel closes and
 * the dossier passes; the department publishes and completes the publicity, issues the pre-review
 * opinion; the county records the national-platform receipt; the department records the Ministry's
 * naming and sees the 3-year title with its uncertainty note; a visitor finds it among the public titles.
 * Only what earlier browser tests cover (materials, the expert pool) is prepared over HTTP.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-browser-im-title;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import({TestClockConfig.class, Fixtures.class})
class InnerMongoliaTitleBrowserIT {

    private static final String PROVINCE = "150000";
    private static final String ORDOS = "150600";
    private static final String COUNTY = "150603";
    private static final String COUNTY_NAME = "康巴什区";
    private static final String NAMING_NUMBER = "环生态〔2026〕66号";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private Instant before;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void close() {
        browser.close();
        playwright.close();
    }

    @AfterEach
    void putTheClockBack() {
        if (before != null) {
            clock.set(before);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private BrowserContext context() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
    }

    private Page logIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill(Fixtures.PASSWORD);
        page.getByTestId("login-submit").click();
        try {
            assertThat(page.getByTestId("user-menu"))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                            .setTimeout(20_000));
        } catch (AssertionError e) {
            System.out.println("DEBUG LOGIN " + username + " at " + page.url() + ": "
                    + page.locator("body").innerText());
            throw e;
        }
        return page;
    }

    /** Accepts the confirmation an irreversible action asks for. */
    private static void confirm(Page page) {
        page.locator(".el-message-box .el-button--primary").click();
    }

    private static void choose(Page page, String selectTestId, String text) {
        page.getByTestId(selectTestId).click();
        page.locator(".el-select-dropdown__item:visible")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first()
                .click();
    }

    private static void typeDate(Page page, String testId, LocalDate day) {
        Locator input = page.locator("[data-testid=" + testId + "] input, input[data-testid=" + testId + "]");
        input.fill(day.toString());
        input.press("Enter");
    }

    private static void fillNumber(Page page, String testId, String value) {
        Locator input = page.getByTestId(testId).locator("input");
        input.fill(value);
        input.press("Tab");
    }

    private static JsonNode ok(Response r) {
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.toString()).isBetween(200, 201);
        return r.json();
    }

    /** Opens the dossier page as {@code username}, acts with an opinion and sees the run at the {@code next} step. */
    private void actOnDossier(String username, long dossierId, String next) {
        try (BrowserContext c = context()) {
            Page page = logIn(c, username);
            page.navigate(url("/dossiers/" + dossierId));
            assertThat(page.getByTestId("procedure-act")).isVisible();
            page.getByTestId("procedure-opinion").fill("经审核，同意（浏览器测试意见）");
            page.getByTestId("procedure-act").click();
            // every act asks first, naming the next step (issue 14 §3)
            assertThat(page.locator(".el-message-box")).containsText(next);
            confirm(page);
            assertThat(page.getByTestId("procedure-panel")).containsText("当前环节：" + next);
            assertThat(page.getByTestId("procedure-act")).isHidden();
        }
    }

    @Test
    void aCountyIsNamedThroughEveryRoleInTheBrowserAndTheVisitorSeesItsTitle() {
        before = clock.instant();
        LocalDate today = LocalDate.now(DossierTestSteps.BEIJING);
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        if (jdbc.queryForObject(
                        "select count(*) from organization where kind = 'DIVISION' and region_code = ?",
                        Long.class,
                        PROVINCE)
                == 0) {
            fixtures.organization(OrganizationKind.DIVISION, PROVINCE);
        }
        String staff = fixtures.user(Role.PROVINCE_STAFF, PROVINCE);
        String roundTitle = "生态文明示范区申报（浏览器命名测试）";

        // set-up over HTTP (as DossierBrowserIT): the department's open round and the candidacy (art. 13)
        cn.ecozone.support.Browser department = new cn.ecozone.support.Browser(port);
        department.login(staff, Fixtures.PASSWORD);
        Map<String, Object> roundBody = new HashMap<>();
        roundBody.put("programme", "ECO_CIVILIZATION_ZONE");
        roundBody.put("title", roundTitle);
        roundBody.put("opensOn", today.minusDays(1).toString());
        roundBody.put("closesOn", today.plusDays(30).toString());
        roundBody.put("callDocument", "环办生态函〔2026〕12号");
        long round = ok(department.post("/api/application-rounds", roundBody))
                .get("id")
                .asLong();
        JsonNode candidacy = ok(department.post(
                "/api/candidacies", Map.of("regionCode", COUNTY, "programme", "ECO_CIVILIZATION_ZONE")));

        // the county's materials (uploads are DossierBrowserIT's), then its submission by click (art. 13)
        String county = fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY);
        cn.ecozone.support.Browser countyHttp = new cn.ecozone.support.Browser(port);
        countyHttp.login(county, Fixtures.PASSWORD);
        JsonNode draft = DossierTestSteps.complete(countyHttp, DossierTestSteps.created(countyHttp, candidacy, round));
        long dossierId = draft.get("id").asLong();
        try (BrowserContext c = context()) {
            Page page = logIn(c, county);
            page.navigate(url("/dossiers/" + dossierId));
            assertThat(page.getByTestId("dossier-ready")).isVisible();
            page.getByTestId("dossier-submit").click();
            confirm(page);
            assertThat(page.getByTestId("dossier-state")).hasText("已提交");
        }

        // the Ordos league bureau's initial selection, then each division's check (arts. 13, 14(一))
        actOnDossier(fixtures.user(Role.PREFECTURE_STAFF, ORDOS), dossierId, "厅相关处室根据职能职责");
        List<Long> divisions = jdbc.queryForList(
                "select assignee_organization_id from procedure_task t join dossier d on d.run_id = t.run_id"
                        + " where d.id = ? and t.step_code = 'DIVISION_CHECK' and t.state = 'OPEN'",
                Long.class,
                dossierId);
        org.assertj.core.api.Assertions.assertThat(divisions).isNotEmpty();
        for (int i = 0; i < divisions.size(); i++) { // the run moves on once every division has checked
            actOnDossier(
                    fixtures.userIn(Role.DIVISION_REVIEWER, divisions.get(i)),
                    dossierId,
                    i < divisions.size() - 1 ? "厅相关处室根据职能职责" : "组织专家对申报材料进行评审赋分");
        }

        // art. 14(二): three pool experts (the pool is ExpertPool's), drawn on the panels page, score
        String field = "浏览器命名" + System.nanoTime();
        String[] experts = new String[3];
        for (int i = 0; i < experts.length; i++) {
            experts[i] = fixtures.user(Role.EXPERT, PROVINCE);
            long userId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, experts[i]);
            Map<String, Object> body = new HashMap<>();
            body.put("name", "浏览器专家" + userId);
            body.put("fields", List.of("生态", field));
            body.put("organization", "浏览器专家单位" + userId);
            body.put("orgRegionCode", "150102");
            body.put("title", "教授");
            body.put("contact", "0471-0000000");
            body.put("userId", userId);
            ok(department.post("/api/review/experts", body));
        }
        try (BrowserContext c = context()) {
            Page page = logIn(c, staff);
            page.navigate(url("/review-panels"));
            choose(page, "panel-round", roundTitle);
            page.getByTestId("panel-draw").click();
            page.getByTestId("draw-field").fill(field);
            fillNumber(page, "draw-size", "3");
            fillNumber(page, "draw-alternates", "0");
            page.getByTestId("draw-confirm").click();
            assertThat(page.getByTestId("panel-dossiers")).containsText(COUNTY_NAME);
            assertThat(page.getByTestId("panel-dossiers")).containsText("0 / 3");
        }
        for (String expert : experts) {
            try (BrowserContext c = context()) {
                Page page = logIn(c, expert);
                page.navigate(url("/my-reviews"));
                page.locator("[data-testid^=my-review-open-]").first().click();
                for (String criterion : new String[] {"COMPLETENESS", "CONFORMITY", "INDICATORS_3Y"}) {
                    fillNumber(page, "score-" + criterion, "8");
                }
                page.getByTestId("opinion").fill("材料齐全，指标达标（浏览器测试意见）");
                page.getByTestId("submit-sheet").click();
                confirm(page);
                assertThat(page.getByTestId("scoring-sheet")).containsText("您已提交评分表");
            }
        }
        String noticePath;
        try (BrowserContext c = context()) {
            Page page = logIn(c, staff);
            page.navigate(url("/review-panels"));
            choose(page, "panel-round", roundTitle);
            assertThat(page.getByTestId("panel-dossiers")).containsText("3 / 3");
            page.getByTestId("panel-close").click();
            confirm(page);
            assertThat(page.getByTestId("panel-detail")).containsText("已结束");
            page.getByTestId("panel-pass-" + dossierId).click();
            confirm(page);
            assertThat(page.getByTestId("panel-dossiers")).containsText("通过");

            // art. 14(三): the publicity notice, drafted and published today
            page.navigate(url("/publicity/notices/new?roundId=" + round));
            page.getByTestId("notice-dossiers")
                    .locator(".el-checkbox")
                    .filter(new Locator.FilterOptions().setHasText(COUNTY_NAME))
                    .click();
            page.getByTestId("notice-title").fill("拟推荐国家生态文明建设示范区名单公示（浏览器测试）");
            page.getByTestId("notice-document").fill("内环函〔2026〕66号");
            // the date picker renders no test id of its own: its form item is found by its label
            Locator publishedOn = page.locator(".el-form-item")
                    .filter(new Locator.FilterOptions().setHasText("发布日期"))
                    .locator("input")
                    .first();
            publishedOn.fill(today.toString());
            publishedOn.press("Enter");
            assertThat(page.getByTestId("notice-preview")).containsText(today.toString());
            page.getByTestId("notice-save").click();
            page.waitForURL(Pattern.compile(".*/publicity/notices/\\d+$"));
            noticePath = java.net.URI.create(page.url()).getPath();
            page.getByTestId("notice-publish").click();
            confirm(page);
            assertThat(page.getByTestId("notice-state")).hasText("已发布");
            assertThat(page.getByTestId("notice-complete")).isDisabled();
        }

        // 20 days on, the period has ended (sessions do not outlive the jump: everyone logs in again)
        LocalDate after = today.plusDays(20);
        clock.set(after.atTime(12, 0).atZone(DossierTestSteps.BEIJING).toInstant());
        try (BrowserContext c = context()) {
            Page page = logIn(c, staff);
            page.navigate(url(noticePath));
            // completing moves each listed dossier on; the notice itself stays published (its page keeps the button)
            page.getByTestId("notice-complete").click();
            com.microsoft.playwright.Response completed = page.waitForResponse(
                    r -> r.url().endsWith("/complete")
                            && "POST".equals(r.request().method()),
                    () -> confirm(page));
            org.assertj.core.api.Assertions.assertThat(completed.status()).isEqualTo(200);

            // art. 15: the pre-review opinion, drafted, issued and completing the step
            page.navigate(url("/opinions"));
            choose(page, "opinion-round", roundTitle);
            page.getByTestId("opinion-create-PRE_REVIEW_OPINION").click();
            page.waitForURL(Pattern.compile(".*/opinions/\\d+$"));
            assertThat(page.getByTestId("opinion-dossiers")).containsText(COUNTY_NAME);
            // issuing makes the DOCX and the PDF (Chinese fonts): the page waits up to two minutes for it
            page.getByTestId("opinion-issue").click();
            com.microsoft.playwright.Response issued = page.waitForResponse(
                    r -> r.url().endsWith("/issue") && "POST".equals(r.request().method()),
                    new Page.WaitForResponseOptions().setTimeout(120_000),
                    () -> confirm(page));
            org.assertj.core.api.Assertions.assertThat(issued.status())
                    .as(issued.text())
                    .isEqualTo(200);
            assertThat(page.getByTestId("opinion-state")).hasText("已印发");
            page.getByTestId("opinion-complete").click();
            confirm(page);
            assertThat(page.getByTestId("opinion-complete")).isHidden();
        }

        // art. 16: the county records the national-platform receipt on its dossier page
        try (BrowserContext c = context()) {
            Page page = logIn(c, county);
            page.navigate(url("/dossiers/" + dossierId));
            page.getByTestId("receipt-open").click();
            typeDate(page, "receipt-date", today);
            page.getByTestId("receipt-number").fill("GJPT-" + COUNTY);
            page.getByTestId("receipt-save").click();
            confirm(page);
            assertThat(page.getByTestId("receipt-open")).isHidden();
            // the run waits for the Ministry's result, which the department records: the county has no act
            assertThat(page.getByTestId("procedure-panel")).containsText("命名结果");
            assertThat(page.getByTestId("procedure-act")).isHidden();
        }

        // the department records the Ministry's naming and reads the title it gave
        try (BrowserContext c = context()) {
            Page page = logIn(c, staff);
            page.navigate(url("/dossiers/" + dossierId));
            page.getByTestId("naming-open").click();
            page.getByTestId("naming-number").fill(NAMING_NUMBER);
            typeDate(page, "naming-date", today);
            page.getByTestId("naming-save").click();
            confirm(page);
            assertThat(page.getByTestId("naming-result"))
                    .containsText(today.plusYears(3).minusDays(1).toString());
            // IM is silent on the validity: the national rule's 3 years, marked uncertain with its note
            assertThat(page.getByTestId("naming-validity-note")).containsText("未规定称号有效期");
            page.keyboard().press("Escape");
            assertThat(page.getByTestId("procedure-state")).hasText("已办结");
            assertThat(page.getByTestId("naming-open")).isHidden();
        }

        // a visitor, not logged in, finds the title among the public titles
        try (BrowserContext c = context()) {
            Page page = c.newPage();
            page.navigate(url("/public/titles"));
            Locator row = page.getByTestId("public-titles-table")
                    .locator("tr")
                    .filter(new Locator.FilterOptions().setHasText(NAMING_NUMBER));
            assertThat(row).containsText(COUNTY_NAME);
            assertThat(row).containsText("生态环境部");
        }
    }
}
