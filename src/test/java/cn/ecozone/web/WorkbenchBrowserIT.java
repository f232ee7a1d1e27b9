package cn.ecozone.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.ecozone.procedure.ActorLevel;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureDefinitions;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.ProcedureSubject;
import cn.ecozone.procedure.RunView;
import cn.ecozone.procedure.StepDefinition;
import cn.ecozone.procedure.StepDefinition.ActorRule;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Step.ReturnTo;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.EventDeliveries;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 9 §4, the workbench in the browser: with the demo accounts, Xilinhot (the county) sees the
 * submission the league returned to it and the return's notification; the Xilingol league bureau sees
 * the county's submission waiting for its examination and the candidacy counts of its league; the
 * Inner Mongolia department sees the run waiting for its decision. 我的待办 lists the same tasks.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-browser-workbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
@Import(EventDeliveries.class)
class WorkbenchBrowserIT {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    RegionManagement regions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventDeliveries deliveries;

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

    /** SUBMIT (county) → EXAMINE (league bureau) → DECIDE (province department). */
    private static ProcedureDefinition path() {
        return new ProcedureDefinition(
                "TEST-WORKBENCH/plan/COUNTY",
                1,
                List.of(
                        step("SUBMIT", StepKind.SUBMIT, ActorRule.of(Role.COUNTY_GOVERNMENT, ActorLevel.SUBJECT)),
                        step("EXAMINE", StepKind.EXAMINE, ActorRule.of(Role.PREFECTURE_STAFF, ActorLevel.PREFECTURE)),
                        step("DECIDE", StepKind.DECIDE, ActorRule.of(Role.PROVINCE_STAFF, ActorLevel.PROVINCE))));
    }

    private static StepDefinition step(String code, StepKind kind, ActorRule actor) {
        return new StepDefinition(
                code, code + "环节", kind, actor, null, ReturnTo.INITIATOR, "第五条", ProcedureDefinitions.outcomes(kind));
    }

    private Actor actor(String username) {
        return jdbc.sql("select u.id, u.display_name, u.role, o.id as org, o.name, o.region_code"
                        + " from user_account u join organization o on o.id = u.organization_id where u.username = :u")
                .param("u", username)
                .query((rs, i) -> {
                    Region region = regions.require(rs.getString("region_code"));
                    return new Actor(
                            rs.getLong("id"),
                            username,
                            rs.getString("display_name"),
                            Role.valueOf(rs.getString("role")),
                            rs.getLong("org"),
                            rs.getString("name"),
                            region.code(),
                            region.path(),
                            false);
                })
                .single();
    }

    private RunView submitted(String title, Actor county) {
        Region region = regions.require(county.regionCode());
        long id = System.nanoTime() % 1_000_000_000L;
        RunView run = procedures.start(
                new ProcedureSubject("PLAN", id, region.code(), region.path(), title, "/plans/" + id), path(), county);
        return procedures.act(new ProcedureCommand.Act(run.id(), run.version(), null, null, null, null, null), county);
    }

    private Page logIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByTestId("login-username").fill(username);
        page.getByTestId("login-password").fill("Demo@2026");
        page.getByTestId("login-submit").click();
        assertThat(page.getByTestId("user-menu")).isVisible();
        page.navigate("http://localhost:" + port + "/home");
        return page;
    }

    @Test
    void eachRoleSeesWhatWaitsForItOnItsWorkbench() {
        Actor county = actor("xlht.gov");
        Actor league = actor("xl.bureau");
        submitted("锡林浩特市生态文明建设规划（浏览器测试·待盟审核）", county);
        RunView returned = submitted("锡林浩特市生态文明建设规划（浏览器测试·已退回）", county);
        procedures.act(new ProcedureCommand.Return(returned.id(), returned.version(), "请补充规划目标的基准年数据"), league);
        RunView decided = submitted("锡林浩特市生态文明建设规划（浏览器测试·待厅决定）", county);
        procedures.act(
                new ProcedureCommand.Act(decided.id(), decided.version(), null, null, "同意，报自治区生态环境厅", null, null),
                league);
        deliveries.awaitSettled();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = logIn(context, "xlht.gov");
            assertThat(page.getByTestId("workbench-tasks")).containsText("浏览器测试·已退回");
            assertThat(page.getByTestId("workbench-tasks")).not().containsText("待盟审核");
            assertThat(page.getByTestId("workbench-notifications")).containsText("已退回：锡林浩特市生态文明建设规划");
            assertThat(page.getByTestId("workbench-candidacies")).hasCount(0);
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = logIn(context, "xl.bureau");
            assertThat(page.getByTestId("workbench-tasks")).containsText("浏览器测试·待盟审核");
            assertThat(page.getByTestId("workbench-tasks")).containsText("审核");
            assertThat(page.getByTestId("workbench-notifications")).containsText("新待办：锡林浩特市生态文明建设规划");
            assertThat(page.getByTestId("workbench-candidacies")).containsText("储备");

            page.getByTestId("workbench-tasks-more").click();
            assertThat(page.getByTestId("inbox-table")).containsText("浏览器测试·待盟审核");
            assertThat(page.getByTestId("inbox-table")).not().containsText("待厅决定");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = logIn(context, "im.staff");
            assertThat(page.getByTestId("workbench-tasks")).containsText("浏览器测试·待厅决定");
            assertThat(page.getByTestId("workbench-candidacies")).isVisible();
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = logIn(context, "sysadmin");
            assertThat(page.getByTestId("welcome-card")).isVisible();
            assertThat(page.getByTestId("workbench")).hasCount(0);
        }
    }
}
