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
 * Issue 14 §1 and §2 in the browser, on the demo data: each role lands on 指标填报 and 指标评估 with the
 * edition that applies to it (ADR 0038), Guizhou sees no 美丽内蒙古 menu, and the prefecture's overview
 * (填报总览) shows its counties' states and sends 催报 once a day. It shares the demo database of
 * {@code IndicatorConfirmationBrowserIT} (same context); it writes only a reminder for 红花岗区's last
 * edition year, which no other test uses.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-browser-indicator;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class IndicatorLandingAndOverviewBrowserIT {

    private static final String GUIZHOU_INDEX = "“两山指数”评估指标体系";
    private static final String CITY_TABLE = "生态文明建设示范区（市）建设指标";

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

    /** Opens 指标填报 and 指标评估 from the menu and expects both on {@code editionTitle}. */
    private void landsOn(Page page, String editionTitle) {
        page.getByTestId("menu-indicator-entry").click();
        assertThat(page.getByTestId("indicator-edition")).containsText(editionTitle);
        page.getByTestId("menu-indicator-scorecard").click();
        assertThat(page.getByTestId("indicator-edition")).containsText(editionTitle);
    }

    private BrowserContext chinese() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
    }

    @Test
    void eachRoleLandsOnTheEditionThatAppliesToItAndGuizhouSeesNoBeautifulInnerMongolia() {
        try (BrowserContext context = chinese()) {
            // an Inner Mongolia county: no shipped edition applies (the national county table is not entered yet)
            Page page = logIn(context, "xlht.gov");
            page.getByTestId("menu-indicator-entry").click();
            assertThat(page.getByTestId("no-edition")).isVisible();
            assertThat(page.getByTestId("indicator-state")).hasCount(0);
            page.getByTestId("menu-indicator-scorecard").click();
            assertThat(page.getByTestId("no-edition")).isVisible();
        }
        try (BrowserContext context = chinese()) {
            // the league's bureau: the city table its regulation names (IM eco-civ art. 10(三))
            Page page = logIn(context, "xl.bureau");
            landsOn(page, CITY_TABLE);
            assertThat(page.getByTestId("menu-indicator-progress")).isVisible();
        }
        for (String guizhou : new String[] {"cs.gov", "gz.staff"}) {
            try (BrowserContext context = chinese()) {
                // a Guizhou county and the province department: Guizhou's own index, no 美丽内蒙古 menu
                Page page = logIn(context, guizhou);
                landsOn(page, GUIZHOU_INDEX);
                assertThat(page.getByTestId("menu-indicator-progress")).hasCount(0);
            }
        }
    }

    @Test
    void thePrefectureSeesItsCountiesStatesAndRemindsACountyOnceADay() {
        try (BrowserContext context = chinese()) {
            Page page = logIn(context, "zy.bureau");
            page.navigate(url("/indicator-overview"));
            // Guizhou's index is judged at county and township level: the first page starts with
            // 红花岗区 (520302) and its townships, by code
            Locator county = page.getByTestId("overview-state-of-520302");
            assertThat(county).containsText("未填报");

            // a second tab read the overview before the reminder went out
            Page stale = context.newPage();
            stale.navigate(url("/indicator-overview"));
            assertThat(stale.getByTestId("overview-remind-520302")).isVisible();

            page.getByTestId("overview-remind-520302").click();
            Locator box = page.locator(".el-message-box");
            assertThat(box).containsText("红花岗区");
            box.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("催报"))
                    .click();
            assertThat(page.locator(".el-message--success")).containsText("已完成 1 个地区");
            assertThat(page.getByTestId("overview-remind-520302")).hasCount(0);
            assertThat(page.locator("tr", new Page.LocatorOptions().setHas(county)))
                    .containsText("今日已催报");

            // the same county again the same day: refused (409), said in plain words
            stale.getByTestId("overview-remind-520302").click();
            stale.locator(".el-message-box")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("催报"))
                    .click();
            assertThat(stale.getByTestId("overview-outcomes")).containsText("今天已催报过该地区");
        }
    }
}
