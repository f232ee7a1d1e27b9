package cn.ecozone.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public portal home (issue 14 §7) in the built front end: from the login page, without signing in,
 * the public finds the programmes, the regulations and the way to the titled areas. It reads only, so it
 * shares the demo database of {@code LoginAndRegionTreeBrowserIT} (same context).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class PublicPortalHomeBrowserIT {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;

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

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void thePublicFindsThePortalHomeFromTheLoginPageWithoutSigningIn() {
        page.navigate("http://localhost:" + port + "/login");
        page.getByTestId("login-public-home").click();
        assertThat(page).hasURL(Pattern.compile(".*/public$"));
        assertThat(page.getByTestId("home-programmes")).containsText("生态文明建设示范区");
        assertThat(page.getByTestId("home-regulations").locator("a").first()).isVisible();
        assertThat(page.getByTestId("home-columns")).isVisible();
        assertThat(page.getByTestId("home-notices")).isVisible();

        page.getByTestId("home-titles").getByText("全部已命名地区").click();
        assertThat(page).hasURL(Pattern.compile(".*/public/titles$"));
    }
}
