package cn.ecozone.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The built front end in Debian's chromium (no browser download): a demo user logs in and opens the
 * region tree. Runs in the Maven profile {@code browser}, which builds the front end first.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class LoginAndRegionTreeBrowserIT {

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

    private void logIn(String username) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill("Demo@2026");
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("user-menu")).isVisible();
    }

    @Test
    void countyUserLogsInAndOpensTheRegionTreeDownToItsCounty() {
        logIn("xlht.gov");
        assertThat(page.getByTestId("user-menu")).containsText("锡林浩特市人民政府");

        page.getByTestId("menu-regions").click();
        Locator tree = page.getByTestId("region-tree");
        expand(tree, "内蒙古自治区");
        expand(tree, "锡林郭勒盟");
        tree.getByText("锡林浩特市", new Locator.GetByTextOptions().setExact(true)).click();

        Locator detail = page.getByTestId("region-detail");
        assertThat(detail).containsText("152502");
        assertThat(detail).containsText("锡林郭勒盟");
    }

    /** Opens a tree node with its arrow, as a user does (clicking the name selects it). */
    private static void expand(Locator tree, String name) {
        tree.locator(".el-tree-node__content")
                .filter(new Locator.FilterOptions()
                        .setHas(tree.page().getByText(name, new Page.GetByTextOptions().setExact(true))))
                .first()
                .locator(".el-tree-node__expand-icon")
                .click();
    }

    @Test
    void searchFindsAFunctionalZoneAndShowsItAsSuch() {
        logIn("im.staff");
        page.getByTestId("menu-regions").click();
        page.getByTestId("region-search").fill("乌拉盖");
        page.getByTestId("region-search").press("Enter");
        page.getByText("乌拉盖管理区管委会").first().click();
        assertThat(page.getByTestId("region-detail")).containsText("152571");
        assertThat(page.getByTestId("region-detail")).containsText("功能区");
    }

    @Test
    void wrongPasswordShowsTheServersMessage() {
        page.navigate("http://localhost:" + port + "/login");
        page.getByTestId("login-username").fill("expert");
        page.getByTestId("login-password").fill("Wrong#2026");
        page.getByTestId("login-submit").click();
        assertThat(page.getByText("用户名或密码错误").first()).isVisible();
    }
}
