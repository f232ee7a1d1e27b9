package cn.ecozone.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 3 "Editor" in the browser: the Guizhou province department opens 指标体系版本管理, creates a
 * draft edition, adds an indicator with an AT_LEAST target through the dialog and publishes it,
 * after which the edition shows as 已发布 and can no longer be changed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-browser-edition;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class EditionEditorBrowserIT {

    private static final String CODE = "GZ-BROWSER-COUNTY";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

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

    private Page logIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill("Demo@2026");
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("user-menu")).isVisible();
        return page;
    }

    @Test
    void provinceStaffCreatesADraftAddsAnIndicatorAndPublishesIt() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = logIn(context, "gz.staff");
            page.getByTestId("menu-indicator-editions").click();
            assertThat(page.getByTestId("edition-table")).containsText("ECOCIV-CITY-2024");

            page.getByTestId("edition-new").click();
            page.getByTestId("edition-code").fill(CODE);
            page.getByTestId("edition-title").fill("贵州省县级生态文明建设指标（浏览器测试）");
            page.getByTestId("edition-level-COUNTY").click();
            page.getByTestId("edition-create-submit").click();

            assertThat(page.getByTestId("edition-status")).hasText("草稿");
            page.getByTestId("indicator-add").click();
            page.getByTestId("indicator-code").fill("F-01");
            page.getByTestId("indicator-group").fill("目标一 / 生态环境质量");
            page.getByTestId("indicator-name").fill("森林覆盖率");
            page.getByTestId("indicator-target-text").fill("≥60%");
            page.getByTestId("target-fields").locator(".el-select").click();
            page.getByTestId("target-kind-AT_LEAST").click();
            Locator value = page.getByTestId("target-value").locator("input");
            value.fill("60");
            value.press("Tab");
            page.getByTestId("indicator-save").click();

            assertThat(page.getByTestId("indicator-table")).containsText("森林覆盖率");
            assertThat(page.getByTestId("indicator-table")).containsText("不低于（≥）");

            page.getByTestId("edition-publish").click();
            Locator box = page.locator(".el-message-box");
            assertThat(box).containsText("冻结");
            box.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("发布"))
                    .click();

            assertThat(page.getByTestId("edition-status")).hasText("已发布");
            assertThat(page.getByTestId("edition-readonly-banner")).containsText("已发布的版本不能修改");
            assertThat(page.getByTestId("indicator-add")).hasCount(0);

            page.navigate("http://localhost:" + port + "/indicator/editions");
            assertThat(page.getByTestId("edition-status-" + CODE)).hasText("已发布");
        }
    }
}
