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
 * Issue 3 in the browser: the county (赤水市) enters a value of the Guizhou index and submits the
 * year; the prefecture bureau (遵义市) finds it in its inbox and confirms it, which locks it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-browser-indicator;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class IndicatorConfirmationBrowserIT {

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
    void countyEntersAndSubmitsWithReasonsForTheMissingValuesAndThePrefectureConfirms() {
        String entry = "http://localhost:" + port + "/indicator-entry?edition=GZ-2SZS-2021&region=520381&year=2026";
        try (BrowserContext county = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = logIn(county, "cs.gov");
            page.navigate(entry);
            assertThat(page.getByTestId("indicator-state")).containsText("填报中");
            page.getByTestId("indicator-input-GZ-05").fill("96.5");
            page.getByTestId("indicator-source-GZ-05").fill("赤水市统计年鉴");
            page.getByTestId("indicator-save-GZ-05").click();
            // the confirmation bar is the procedure panel: the subject's act of the SUBMIT step
            Locator submit = page.getByTestId("procedure-act-form-SUBMIT").getByTestId("procedure-act");
            assertThat(submit).isEnabled();
            submit.click();
            // every act asks first, saying who confirms next (issue 14 §3)
            Locator box = page.locator(".el-message-box");
            assertThat(box).containsText("确认指标数据");
            box.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确定"))
                    .click();
            // the year lacks values: a reason per missing indicator first (issue 14 §2)
            Locator reasons = page.locator("[data-testid^='indicator-missing-reason-']");
            assertThat(page.getByTestId("indicator-missing-GZ-01")).isVisible();
            assertThat(page.getByTestId("indicator-missing-GZ-05")).hasCount(0);
            page.getByTestId("indicator-missing-submit").click();
            assertThat(page.getByTestId("indicator-missing-GZ-01")).containsText("请填写未填报的原因");
            assertThat(page.getByTestId("indicator-state")).containsText("填报中");
            for (int i = 0; i < reasons.count(); i++) {
                reasons.nth(i).fill("统计部门尚未发布本年度数据");
            }
            page.getByTestId("indicator-missing-submit").click();
            assertThat(page.getByTestId("indicator-state")).containsText("已上报");
            assertThat(page.getByTestId("procedure-act")).hasCount(0);
        }
        try (BrowserContext bureau = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = logIn(bureau, "zy.bureau");
            page.navigate("http://localhost:" + port + "/indicator-inbox");
            page.getByTestId("inbox-open-520381-2026").click();
            // the reviewer meets the review bar (issue 14 §2): confirm asks once, with an optional opinion
            page.getByTestId("indicator-review-confirm").click();
            page.locator("[data-testid='indicator-review-opinion-input']")
                    .locator("xpath=descendant-or-self::textarea")
                    .fill("数据与统计年鉴一致，同意确认");
            page.getByTestId("indicator-review-confirm-ok").click();
            assertThat(page.getByTestId("indicator-state")).containsText("已确认");
            assertThat(page.getByTestId("indicator-review-opinion")).containsText("数据与统计年鉴一致，同意确认");
            // the approver read how complete the year was and why the rest is missing
            assertThat(page.getByTestId("indicator-completeness")).containsText("已填 1 /");
            assertThat(page.getByTestId("indicator-missing-reasons")).containsText("统计部门尚未发布本年度数据");
            assertThat(page.getByTestId("indicator-input-GZ-05")).isDisabled();
        }
    }
}
