package cn.ecozone.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 4 in the browser: the county (锡林浩特市) drafts a plan under the IM eco-civ regulation, uploads
 * its text and submits it; the league bureau (锡林郭勒盟) examines it from its inbox; the province
 * department records the expert review; the county records the revision and the promulgation, which
 * shows the filing deadline, and files the plan (IM eco-civ arts. 4–6).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-browser-plan;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class PlanBrowserIT {

    static final byte[] PDF = cn.ecozone.support.TestFiles.PDF;
    static final String TITLE = "锡林浩特市生态文明建设示范区规划（2026—2030年）";

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page logIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill("Demo@2026");
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("user-menu")).isVisible();
        return page;
    }

    /**
     * Confirms the procedure panel's question, which every act of the plan path asks (issue 14 §3),
     * after checking that it says who is told next ({@code next}: the next step, or the run's end).
     */
    private static void confirm(Page page, String next) {
        Locator box = page.locator(".el-message-box");
        assertThat(box).containsText(next);
        box.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确定"))
                .click();
    }

    private BrowserContext context() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
    }

    @Test
    void countyDraftsAndSubmitsTheLeagueExaminesTheCountyFilesAfterPromulgationAndTheDepartmentReceivesIt() {
        String id;
        try (BrowserContext county = context()) {
            Page page = logIn(county, "xlht.gov");
            page.navigate(url("/plans"));
            page.getByTestId("plan-create").click();
            page.getByTestId("plan-regulation").click();
            page.getByTestId("plan-regulation-IM-ECOCIV-2022").click();
            page.getByTestId("plan-title").fill(TITLE);
            page.getByTestId("plan-header-save").click();

            page.waitForURL(Pattern.compile(".*/plans/\\d+$"));
            Matcher m = Pattern.compile("/plans/(\\d+)$").matcher(page.url());
            org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
            id = m.group(1);
            assertThat(page.getByTestId("plan-state")).hasText("草稿");
            assertThat(page.getByTestId("plan-articles")).containsText("第五条");

            page.getByTestId("plan-file-input").setInputFiles(new FilePayload("规划文本.pdf", "application/pdf", PDF));
            assertThat(page.getByTestId("plan-document-name")).hasText("规划文本.pdf");
            page.getByTestId("procedure-act").click();
            confirm(page, "盟市生态环境局审核");
            assertThat(page.getByTestId("plan-state")).hasText("审核中");
            assertThat(page.getByTestId("procedure-panel")).containsText("当前环节：盟市生态环境局审核");
        }
        try (BrowserContext league = context()) {
            Page page = logIn(league, "xl.bureau");
            page.navigate(url("/plans"));
            assertThat(page.getByTestId("plan-table")).containsText(TITLE);
            page.getByTestId("plan-open-" + id).click();
            page.getByTestId("procedure-opinion").fill("同意报送自治区生态环境厅");
            page.getByTestId("procedure-act").click();
            confirm(page, "自治区生态环境厅组织专家");
            assertThat(page.getByTestId("procedure-panel")).containsText("当前环节：自治区生态环境厅组织专家");
            assertThat(page.getByTestId("procedure-timeline")).containsText("同意报送自治区生态环境厅");
        }
        try (BrowserContext province = context()) {
            Page page = logIn(province, "im.staff");
            page.navigate(url("/plans/" + id));
            page.getByTestId("procedure-outcome-REVISE").click();
            page.getByTestId("plan-panel").fill("张三、李四、王五");
            page.getByTestId("procedure-opinion").fill("修改完善后通过");
            page.getByTestId("procedure-act").click();
            confirm(page, "通过评审后根据评审意见对规划进行修改完善");
            assertThat(page.getByTestId("procedure-panel")).containsText("当前环节：通过评审后根据评审意见对规划进行修改完善");
        }
        try (BrowserContext county = context()) {
            Page page = logIn(county, "xlht.gov");
            page.navigate(url("/plans/" + id));
            page.getByTestId("procedure-opinion").fill("已按专家意见修改");
            page.getByTestId("procedure-act").click();
            confirm(page, "颁布实施");

            assertThat(page.getByTestId("procedure-panel")).containsText("颁布实施");
            assertThat(page.getByTestId("plan-deadline-rule")).containsText("15个工作日");
            page.getByTestId("plan-body").click();
            page.getByTestId("plan-body-2").click();
            page.getByTestId("plan-document-number").fill("锡政发〔2026〕12号");
            page.getByTestId("procedure-act").click();
            confirm(page, "通过盟市生态环境局报自治区生态环境厅备案");

            // the filing period runs from the promulgation date entered (IM eco-civ art. 6)
            assertThat(page.getByTestId("procedure-panel")).containsText("当前环节：通过盟市生态环境局报自治区生态环境厅备案");
            assertThat(page.getByTestId("procedure-deadline-explanation")).not().isEmpty();
            page.getByTestId("procedure-act").click();
            confirm(page, "自治区生态环境厅接收备案");

            // filing is received, not self-declared (IM eco-civ art. 6): the department issues the receipt
            assertThat(page.getByTestId("procedure-panel")).containsText("当前环节：自治区生态环境厅接收备案");
            assertThat(page.getByTestId("procedure-timeline")).containsText("锡林浩特市人民政府");
        }
        try (BrowserContext province = context()) {
            Page page = logIn(province, "im.staff");
            page.navigate(url("/plans/" + id));
            page.getByTestId("procedure-opinion").fill("材料齐全");
            page.getByTestId("procedure-act").click();
            confirm(page, "流程结束");

            assertThat(page.getByTestId("plan-state")).hasText("已备案");
            assertThat(page.getByTestId("plan-filing-receipt")).containsText("接收");
            assertThat(page.getByTestId("procedure-timeline")).containsText("材料齐全");
            page.navigate(url("/plans"));
            page.getByTestId("plan-tab-all").click();
            assertThat(page.getByTestId("plan-state-" + id)).hasText("已备案");
        }
    }
}
