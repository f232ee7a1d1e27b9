package cn.ecozone.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.TestClockConfig;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 13 §5 in the browser: a Xilingol county (正蓝旗) writes and recommends a typical case, the
 * committee office appoints an expert of the IM pool (one whose organization lies in the league cannot
 * be chosen), the expert scores the four criteria, the office closes the review and publishes, and a
 * visitor finds the case in the public library and opens its page. Only the pool's expert is prepared
 * over HTTP (the pool is ExpertPool's).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-browser-cases;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import({TestClockConfig.class, Fixtures.class})
class TypicalCaseBrowserIT {

    private static final String COUNTY = "152530";
    private static final String OFFICE = "152500";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

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
        assertThat(page.getByTestId("user-menu"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(20_000));
        return page;
    }

    private static void confirm(Page page) {
        page.locator(".el-message-box .el-button--primary").click();
    }

    /** An expert of the IM pool with an EXPERT account; returns the account's username. */
    private String expert(String name, String orgRegion) {
        String username = fixtures.user(Role.EXPERT, "150000");
        long userId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        cn.ecozone.support.Browser department = new cn.ecozone.support.Browser(port);
        department.login(fixtures.user(Role.PROVINCE_STAFF, "150000"), Fixtures.PASSWORD);
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("fields", List.of("生态"));
        body.put("organization", name + "单位");
        body.put("orgRegionCode", orgRegion);
        body.put("title", "教授");
        body.put("contact", "0471-0000000");
        body.put("userId", userId);
        org.assertj.core.api.Assertions.assertThat(
                        department.post("/api/review/experts", body).status())
                .isEqualTo(201);
        return username;
    }

    @Test
    void aCountysCaseIsRecommendedReviewedAndPublishedAndTheVisitorFindsIt() {
        String title = "正蓝旗草原生态牧业浏览器案例" + System.nanoTime();
        String reviewer = expert("浏览器案例专家", "150102");
        expert("浏览器本盟专家", "152502");

        // the county writes the case and recommends it (Xilingol art. 13)
        long caseId;
        try (BrowserContext c = context()) {
            Page page = logIn(c, fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY));
            page.navigate(url("/cases"));
            page.getByTestId("cases-create").click();
            page.getByTestId("case-title").fill(title);
            page.getByTestId("case-unit").fill("上都镇");
            page.getByTestId("case-path").getByText("生态产业化").click();
            page.getByTestId("case-story").fill("以草定畜，合作社统一经营，牧民增收。");
            page.getByTestId("case-add-result").click();
            page.getByTestId("case-result-label").fill("牧民人均增收");
            page.getByTestId("case-result-value").fill("1.2");
            page.getByTestId("case-save").click();
            assertThat(page.getByTestId("case-photo-upload")).isVisible();
            Matcher m = Pattern.compile("/cases/(\\d+)/edit").matcher(page.url());
            org.assertj.core.api.Assertions.assertThat(m.find()).as(page.url()).isTrue();
            caseId = Long.parseLong(m.group(1));
            page.getByTestId("case-open").click();
            assertThat(page.getByTestId("case-state")).hasText("草稿");
            page.getByTestId("case-recommend").click();
            confirm(page);
            assertThat(page.getByTestId("case-state")).hasText("专家审核中");
        }

        // the committee office appoints the expert; the league's own expert must recuse
        try (BrowserContext c = context()) {
            Page page = logIn(c, fixtures.user(Role.COMMITTEE_OFFICE, OFFICE));
            page.navigate(url("/cases/" + caseId));
            assertThat(page.getByTestId("case-candidates")).containsText("单位在本盟市");
            page.getByTestId("case-candidates")
                    .locator("tr")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("浏览器案例专家"))
                    .first()
                    .locator(".el-checkbox")
                    .click();
            page.getByTestId("case-appoint").click();
            confirm(page);
            assertThat(page.getByTestId("case-reviewers")).containsText("浏览器案例专家");
        }

        // the expert scores the four criteria of art. 12
        try (BrowserContext c = context()) {
            Page page = logIn(c, reviewer);
            page.navigate(url("/cases/" + caseId));
            for (String criterion : new String[] {"MODEL_INNOVATION", "RESULTS", "EXTENDABILITY", "OPERATION"}) {
                var input = page.getByTestId("case-score-" + criterion).locator("input");
                input.fill("85");
                input.press("Tab");
            }
            page.getByTestId("case-submit-scores").click();
            assertThat(page.getByTestId("case-reviewers")).containsText("已评分");
        }

        // the office closes the review and publishes
        try (BrowserContext c = context()) {
            Page page = logIn(c, fixtures.user(Role.COMMITTEE_OFFICE, OFFICE));
            page.navigate(url("/cases/" + caseId));
            page.getByTestId("procedure-outcome-PASS").click();
            page.getByTestId("procedure-opinion").fill("专家审核通过（浏览器测试）");
            page.getByTestId("procedure-act").click();
            confirm(page);
            assertThat(page.getByTestId("case-state")).hasText("待发布");
            page.getByTestId("procedure-opinion").fill("同意发布（浏览器测试）");
            page.getByTestId("procedure-act").click();
            confirm(page);
            assertThat(page.getByTestId("case-state")).hasText("已发布");
        }

        // a visitor finds it in the library and opens its page
        try (BrowserContext c = context()) {
            Page page = c.newPage();
            page.navigate(url("/public/cases"));
            page.getByTestId("public-cases-q").fill(title);
            page.getByTestId("public-cases-search").click();
            assertThat(page.getByTestId("public-cases-table")).containsText(title);
            page.getByTestId("public-cases-table").getByText(title).click();
            assertThat(page.getByTestId("public-case-title")).hasText(title);
            assertThat(page.getByTestId("public-case-story")).containsText("以草定畜");
            assertThat(page.getByTestId("public-case-progress")).isVisible();
            assertThat(page.getByTestId("public-case")).not().containsText("浏览器案例专家");
        }
    }
}
