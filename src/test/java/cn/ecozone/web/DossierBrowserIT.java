package cn.ecozone.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 11 in the browser: Inner Mongolia's department has opened a Two Mountains round (IM Two
 * Mountains art. 8); the county 二连浩特市 creates its dossier in it, writes the typical story and its
 * abstract (the live count), uploads five generated photos and the documents, answers the eligibility
 * conditions, sees the blockers disappear and submits after the confirmation; the league bureau
 * (锡林郭勒盟) then holds the initial-selection task (art. 11).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-browser-dossier;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class DossierBrowserIT {

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

    /** Waits until the demo data is in: logins answer 503 while the start-up work runs (ADR 0018). */
    private void awaitReady() {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofMinutes(3))
                .pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> new cn.ecozone.support.Browser(port)
                                .login("im.staff", "Demo@2026")
                                .status()
                        == 200);
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

    private BrowserContext context() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
    }

    /** What the department did before: a Two Mountains candidacy of 二连浩特市 and an open round (over HTTP). */
    private void departmentPrepares() {
        cn.ecozone.support.Browser department = new cn.ecozone.support.Browser(port);
        Response login = department.login("im.staff", "Demo@2026");
        org.assertj.core.api.Assertions.assertThat(login.status())
                .as(login.toString())
                .isEqualTo(200);
        Response candidacy =
                department.post("/api/candidacies", Map.of("regionCode", "152501", "programme", "TWO_MOUNTAINS_BASE"));
        org.assertj.core.api.Assertions.assertThat(candidacy.status())
                .as(candidacy.toString())
                .isEqualTo(201);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Response round = department.post(
                "/api/application-rounds",
                Map.of(
                        "programme", "TWO_MOUNTAINS_BASE",
                        "title", "“两山”基地申报（浏览器测试）",
                        "opensOn", today.minusDays(1).toString(),
                        "closesOn", today.plusDays(30).toString(),
                        "callDocument", "环办生态函〔2026〕8号"));
        org.assertj.core.api.Assertions.assertThat(round.status())
                .as(round.toString())
                .isEqualTo(201);
    }

    @Test
    void aCountyCreatesFillsAndSubmitsItsDossierAndTheLeagueBureauHoldsTheTask() {
        String id;
        awaitReady();
        departmentPrepares();
        try (BrowserContext county = context()) {
            Page page = logIn(county, "elht.gov");
            page.navigate(url("/dossiers"));
            page.getByTestId("dossier-create").click();
            page.getByTestId("dossier-create-candidacy").click();
            page.locator(".el-select-dropdown__item:visible")
                    .filter(new Locator.FilterOptions().setHasText("“两山”实践创新基地"))
                    .first()
                    .click();
            page.getByTestId("dossier-create-round").click();
            page.locator(".el-select-dropdown__item:visible")
                    .filter(new Locator.FilterOptions().setHasText("浏览器测试"))
                    .click();
            assertThat(page.getByTestId("dossier-create-round")).containsText("浏览器测试");
            page.getByTestId("dossier-create-confirm").click();

            page.waitForURL(Pattern.compile(".*/dossiers/\\d+$"));
            Matcher m = Pattern.compile("/dossiers/(\\d+)$").matcher(page.url());
            org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
            id = m.group(1);
            assertThat(page.getByTestId("dossier-state")).hasText("编制中");
            assertThat(page.getByTestId("dossier-window")).containsText("第八条");
            assertThat(page.getByTestId("dossier-blockers")).containsText("典型事迹");

            page.getByTestId("dossier-text-input-TYPICAL_STORY").fill("绿".repeat(1990));
            assertThat(page.getByTestId("dossier-text-count-TYPICAL_STORY")).hasText("1990 字");
            page.getByTestId("dossier-text-save-TYPICAL_STORY").click();
            assertThat(page.getByTestId("dossier-material-status-TYPICAL_STORY"))
                    .hasText("符合");
            page.getByTestId("dossier-text-input-ABSTRACT").fill("山".repeat(510));
            page.getByTestId("dossier-text-save-ABSTRACT").click();
            assertThat(page.getByTestId("dossier-material-status-ABSTRACT")).hasText("符合");

            FilePayload[] photos = new FilePayload[5];
            for (int i = 0; i < photos.length; i++) {
                photos[i] = new FilePayload("成效照片" + (i + 1) + ".png", "image/png", TestFiles.image("png", 64 + i, 48));
            }
            page.getByTestId("dossier-file-input-PHOTOS").setInputFiles(photos);
            assertThat(page.getByTestId("dossier-files-PHOTOS").locator("figure"))
                    .hasCount(5);
            assertThat(page.getByTestId("dossier-files-PHOTOS")).containsText("64×48");

            page.getByTestId("dossier-file-input-APPLICATION_AND_EVIDENCE")
                    .setInputFiles(new FilePayload("申报文件.pdf", "application/pdf", TestFiles.PDF));
            assertThat(page.getByTestId("dossier-files-APPLICATION_AND_EVIDENCE"))
                    .containsText("申报文件.pdf");
            page.getByTestId("dossier-file-input-IMPLEMENTATION_PLAN")
                    .setInputFiles(new FilePayload(
                            "实施方案.docx",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            TestFiles.docx()));
            assertThat(page.getByTestId("dossier-files-IMPLEMENTATION_PLAN").locator("a"))
                    .hasText("实施方案.docx");
            assertThat(page.getByTestId("dossier-material-status-IMPLEMENTATION_PLAN"))
                    .hasText("符合");

            for (String condition : new String[] {"GOOD_ENVIRONMENT", "CONVERSION_RESULTS", "MECHANISMS"}) {
                page.getByTestId("dossier-answer-" + condition).fill("经自查符合本项条件，详见申报文件。");
                com.microsoft.playwright.Response saved = page.waitForResponse(
                        r -> r.url().contains("/eligibility/" + condition),
                        () -> page.getByTestId("dossier-answer-save-" + condition)
                                .click());
                org.assertj.core.api.Assertions.assertThat(saved.status())
                        .as(condition + ": " + saved.text())
                        .isEqualTo(200);
                assertThat(page.getByTestId("dossier-condition-state-" + condition))
                        .hasText("已填写");
            }

            org.assertj.core.api.Assertions.assertThat(
                            page.getByTestId("dossier-submit-bar").innerText())
                    .doesNotContain("未满足");
            assertThat(page.getByTestId("dossier-blockers")).not().isVisible();
            assertThat(page.getByTestId("dossier-ready")).isVisible();
            page.getByTestId("dossier-submit").click();
            page.locator(".el-message-box")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提交申报"))
                    .click();
            assertThat(page.getByTestId("dossier-state")).hasText("已提交");
            assertThat(page.getByTestId("procedure-panel")).containsText("盟市生态环境局初选");
            assertThat(page.getByTestId("dossier-text-input-TYPICAL_STORY")).isDisabled();
        }
        try (BrowserContext league = context()) {
            Page page = logIn(league, "xl.bureau");
            page.navigate(url("/dossiers"));
            assertThat(page.getByTestId("dossier-table")).containsText("二连浩特市");
            page.getByTestId("dossier-open-" + id).click();
            assertThat(page.getByTestId("procedure-panel")).containsText("当前环节：盟市生态环境局初选");
            assertThat(page.getByTestId("procedure-act")).isVisible();
            assertThat(page.getByTestId("procedure-return")).isVisible();
        }
    }
}
