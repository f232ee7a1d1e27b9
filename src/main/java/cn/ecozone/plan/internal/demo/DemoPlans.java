package cn.ecozone.plan.internal.demo;

import cn.ecozone.document.Upload;
import cn.ecozone.plan.PlanCommand;
import cn.ecozone.plan.PlanCommand.ReviewOutcome;
import cn.ecozone.plan.PlanDocuments;
import cn.ecozone.plan.PlanManagement;
import cn.ecozone.plan.PlanView;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import java.time.LocalDate;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo plans (demo profile only), each titled （演示） so that nobody takes them for real ones: a filed
 * county plan, a league plan waiting for the Ministry's review, and a Two Mountains implementation plan
 * promulgated and waiting to be filed. They go through the real path, so the timeline and deadline
 * are the platform's own.
 */
@Component
@Profile("demo")
@Order(30)
class DemoPlans implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);
    /** A real one-page PDF (uploads are parsed, issue 8 §4), marked as synthetic demo text. */
    private static final byte[] PDF = cn.ecozone.shared.DemoPdf.of("Demo plan text (synthetic) - ecozone demo profile");

    private final PlanManagement plans;
    private final PlanDocuments texts;

    DemoPlans(PlanManagement plans, PlanDocuments texts) {
        this.plans = plans;
        this.texts = texts;
    }

    private static Actor actor(String username, Role role, String region, String path) {
        return new Actor(0, username, username + "（演示）", role, 0, "演示", region, path, false);
    }

    private static final Actor ERLIAN = actor("elht.gov", Role.COUNTY_GOVERNMENT, "152501", "/150000/152500/152501/");
    private static final Actor XILINHOT = actor("xlht.gov", Role.COUNTY_GOVERNMENT, "152502", "/150000/152500/152502/");
    private static final Actor LEAGUE_GOV = actor("xl.gov", Role.PREFECTURE_GOVERNMENT, "152500", "/150000/152500/");
    private static final Actor LEAGUE_BUREAU = actor("xl.bureau", Role.PREFECTURE_STAFF, "152500", "/150000/152500/");
    private static final Actor DEPARTMENT = actor("im.staff", Role.PROVINCE_STAFF, "150000", "/150000/");

    @Override
    public void run() {
        if (plans.list(DEPARTMENT, null, 0, 1).totalElements() > 0) {
            return;
        }
        PlanView filed = drafted("IM-ECOCIV-2022", "二连浩特市生态文明建设示范区规划（2024—2030年）（演示）", 2024, 2030, ERLIAN);
        filed = move(filed, ERLIAN, v -> new PlanCommand.Submit(v));
        filed = move(filed, LEAGUE_BUREAU, v -> new PlanCommand.Examine(v, "规划目标明确，同意报送自治区生态环境厅。"));
        filed = move(
                filed,
                DEPARTMENT,
                v -> new PlanCommand.Review(
                        v, ReviewOutcome.REVISE, "演示专家组（5人）", LocalDate.parse("2024-11-20"), "建议补充重点工程投资测算，修改后通过。"));
        filed = move(filed, ERLIAN, v -> new PlanCommand.Revised(v, "已按专家意见补充投资测算。"));
        filed = move(
                filed,
                ERLIAN,
                v -> new PlanCommand.Promulgate(v, "二连浩特市人民政府", LocalDate.parse("2025-03-10"), "二政发〔2025〕6号（演示）"));
        filed = move(filed, ERLIAN, v -> new PlanCommand.File(v, LocalDate.parse("2025-03-20"), null));
        move(filed, DEPARTMENT, v -> new PlanCommand.AcknowledgeFiling(v, LocalDate.parse("2025-03-24"), "已接收备案。"));

        PlanView league = drafted("IM-ECOCIV-2022", "锡林郭勒盟生态文明建设示范区规划（2026—2030年）（演示）", 2026, 2030, LEAGUE_GOV);
        league = move(league, LEAGUE_GOV, v -> new PlanCommand.Submit(v));
        move(league, DEPARTMENT, v -> new PlanCommand.Examine(v, "经审核，提请生态环境部评审。"));

        PlanView twoMountains = drafted("IM-TWOMTN-2022", "锡林浩特市“两山”实践创新基地建设实施方案（演示）", 2026, 2028, XILINHOT);
        twoMountains = move(twoMountains, XILINHOT, v -> new PlanCommand.Submit(v));
        twoMountains = move(twoMountains, LEAGUE_BUREAU, v -> new PlanCommand.Examine(v, "同意报送。"));
        twoMountains = move(
                twoMountains,
                DEPARTMENT,
                v -> new PlanCommand.Review(
                        v, ReviewOutcome.PASS, "演示专家组（5人）", LocalDate.parse("2026-10-20"), "通过评审。"));
        twoMountains = move(twoMountains, XILINHOT, v -> new PlanCommand.Revised(v, null));
        move(
                twoMountains,
                XILINHOT,
                v -> new PlanCommand.Promulgate(v, "锡林浩特市人民政府", LocalDate.parse("2026-11-16"), "锡政发〔2026〕21号（演示）"));
        log.info("Demo plans: 3 plans created (synthetic, titled （演示）)");
    }

    private PlanView drafted(String regulation, String title, int from, int to, Actor subject) {
        PlanView plan = plans.create(regulation, title, from, to, subject);
        return texts.attach(plan.id(), Upload.of("规划文本（演示）.pdf", PDF), plan.version(), subject);
    }

    /** One move by {@code actor}, with the plan's version as last read. */
    private PlanView move(PlanView plan, Actor actor, LongFunction<PlanCommand> command) {
        return plans.act(plan.id(), command.apply(plan.version()), actor);
    }
}
