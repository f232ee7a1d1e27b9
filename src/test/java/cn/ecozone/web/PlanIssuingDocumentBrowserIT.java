package cn.ecozone.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14 §4 in the browser: the promulgation's issuing document (印发文件, ADR 0056) chosen in the
 * promulgation step's file field, named in the confirmation, then listed with the plan's files and
 * downloadable byte for byte, on the plan page, in the public column and named in the 办理单. The demo's
 * 赤水市 plan (Guizhou art. 8: one step, the promulgation by the county government) as {@code cs.gov}.
 * It changes only that plan, so it shares the demo database of {@code PlanBrowserIT} (same context),
 * which uses Inner Mongolia's plans only.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-browser-plan;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class PlanIssuingDocumentBrowserIT {

    private static final String PLAN = "赤水市“绿水青山就是金山银山”实践创新基地建设实施方案";
    private static final String ISSUING = "关于印发赤水市实践创新基地建设实施方案的通知.docx";
    private static final byte[] ISSUING_BYTES = cn.ecozone.support.TestFiles.docx();

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

    private BrowserContext context() {
        return browser.newContext(
                new Browser.NewContextOptions().setLocale("zh-CN").setAcceptDownloads(true));
    }

    private static byte[] bytes(Download download) throws IOException {
        return Files.readAllBytes(download.path());
    }

    @Test
    void theCountyAttachesTheIssuingDocumentAtPromulgationAndItIsListedDownloadablePublicAndPrinted()
            throws IOException {
        String id;
        try (BrowserContext county = context()) {
            Page page = county.newPage();
            page.navigate(url("/login"));
            page.getByTestId("login-username").fill("cs.gov");
            page.getByTestId("login-password").fill("Demo@2026");
            page.getByTestId("login-submit").click();
            assertThat(page.getByTestId("user-menu")).isVisible();

            page.navigate(url("/plans"));
            page.getByTestId("plan-tab-all").click();
            page.locator("tr", new Page.LocatorOptions().setHasText(PLAN))
                    .locator("[data-testid^=plan-open-]")
                    .click();
            page.waitForURL(Pattern.compile(".*/plans/\\d+$"));
            Matcher m = Pattern.compile("/plans/(\\d+)$").matcher(page.url());
            org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
            id = m.group(1);

            // the demo plan has no text yet: the text first, then the promulgation with its file
            page.getByTestId("plan-file-input")
                    .setInputFiles(new FilePayload("实施方案（印发稿）.pdf", "application/pdf", PlanBrowserIT.PDF));
            assertThat(page.getByTestId("plan-document-name")).hasText("实施方案（印发稿）.pdf");
            page.getByTestId("plan-body").click();
            page.getByTestId("plan-body-2").click();
            page.getByTestId("plan-document-number").fill("赤府发〔2026〕3号");
            page.getByTestId("plan-issuing-input")
                    .setInputFiles(new FilePayload(
                            ISSUING,
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            ISSUING_BYTES));
            assertThat(page.getByTestId("plan-issuing-name")).hasText(ISSUING);

            // the confirmation names the file it keeps (issue 14 §3)
            page.getByTestId("procedure-act").click();
            Locator box = page.locator(".el-message-box");
            assertThat(box).containsText("《" + ISSUING + "》");
            box.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("确定"))
                    .click();

            // listed with the plan's files, marked as the issuing document, and downloaded byte for byte
            assertThat(page.getByTestId("plan-text-versions")).containsText(ISSUING);
            assertThat(page.getByTestId("plan-text-issuing")).hasText("印发文件");
            Download fromPage = page.waitForDownload(
                    () -> page.getByTestId("plan-issuing-download").click());
            org.assertj.core.api.Assertions.assertThat(fromPage.suggestedFilename())
                    .isEqualTo(ISSUING);
            org.assertj.core.api.Assertions.assertThat(bytes(fromPage)).isEqualTo(ISSUING_BYTES);

            // the 办理单 names it at the promulgation, beside the text it saw
            page.navigate(url("/print/plans/" + id + "/handling"));
            assertThat(page.getByTestId("plan-print-steps")).containsText("印发文件《" + ISSUING + "》");
            assertThat(page.getByTestId("plan-print-steps")).containsText("《实施方案（印发稿）.pdf》");
        }
        try (BrowserContext anybody = context()) {
            Page page = anybody.newPage();
            page.navigate(url("/public/520381/TWO_MOUNTAINS_BASE"));
            Locator link = page.getByTestId("plan-issuing-download-" + id);
            assertThat(link).hasText(ISSUING);
            Download fromColumn = page.waitForDownload(link::click);
            org.assertj.core.api.Assertions.assertThat(bytes(fromColumn)).isEqualTo(ISSUING_BYTES);
        }
    }
}
