package cn.ecozone.plan.internal.demo;

import cn.ecozone.document.Upload;
import cn.ecozone.plan.PlanCommand;
import cn.ecozone.plan.PlanDocuments;
import cn.ecozone.plan.PlanManagement;
import cn.ecozone.plan.PlanView;
import cn.ecozone.plan.StepType;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo plans of Guizhou (demo profile only; issue 14 §8), each titled （演示）: Two Mountains base
 * implementation plans of counties of 遵义市 under the Guizhou regulation (第八条: drafted by the
 * subject, promulgated by the county government; no examination or filing is set, so the path has one
 * step, the promulgation, and a plan waits for it from its creation). 赤水市's in draft without a text yet
 * (its demo account {@code cs.gov} sees it), 仁怀市's with its text, ready for promulgation, 习水县's
 * promulgated and in force; 遵义市 ({@code zy.bureau}, {@code zy.gov}) and the department
 * ({@code gz.staff}) see all three. Only 赤水市 has a demo candidacy, and a draft moves none.
 */
@Component
@Profile("demo")
@Order(31)
class DemoGuizhouPlans implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoGuizhouPlans.class);
    private static final byte[] PDF = cn.ecozone.shared.DemoPdf.of("Demo plan text (synthetic) - ecozone demo profile");
    private static final String REGULATION = "GZ-TWOMTN-2021";

    private static final Actor CHISHUI = actor("cs.gov", "520381", "/520000/520300/520381/");
    private static final Actor RENHUAI = actor("rh.gov.demo", "520382", "/520000/520300/520382/");
    private static final Actor XISHUI = actor("xs.gov.demo", "520330", "/520000/520300/520330/");
    private static final Actor DEPARTMENT =
            new Actor(0, "gz.staff", "gz.staff（演示）", Role.PROVINCE_STAFF, 0, "演示", "520000", "/520000/", false);

    private final PlanManagement plans;
    private final PlanDocuments texts;

    DemoGuizhouPlans(PlanManagement plans, PlanDocuments texts) {
        this.plans = plans;
        this.texts = texts;
    }

    private static Actor actor(String username, String region, String path) {
        return new Actor(0, username, username + "（演示）", Role.COUNTY_GOVERNMENT, 0, "演示", region, path, false);
    }

    @Override
    public void run() {
        if (plans.list(DEPARTMENT, null, 0, 1).totalElements() > 0) {
            return;
        }
        drafted("赤水市“绿水青山就是金山银山”实践创新基地建设实施方案（2026—2028年）（演示）", CHISHUI, false);
        PlanView renhuai = drafted("仁怀市“绿水青山就是金山银山”实践创新基地建设实施方案（2026—2028年）（演示）", RENHUAI, true);
        untilPromulgation(renhuai, RENHUAI);
        PlanView xishui = drafted("习水县“绿水青山就是金山银山”实践创新基地建设实施方案（2025—2027年）（演示）", XISHUI, true);
        xishui = untilPromulgation(xishui, XISHUI);
        plans.act(
                xishui.id(),
                new PlanCommand.Promulgate(
                        xishui.version(), "习水县人民政府", LocalDate.parse("2025-04-18"), "习府发〔2025〕9号（演示）"),
                XISHUI);
        log.info("Demo plans of Guizhou: 3 plans created (synthetic, titled （演示）)");
    }

    /**
     * Takes the plan to its promulgation step by the moves its own path has (the regulation data decides,
     * not this loader). Guizhou art. 8 gives the county's implementation plan one step, the promulgation
     * by the government that drafted it: there is nothing to submit, and the plan waits for promulgation
     * from its creation (a {@code Submit} there was refused: {@code NotInProgress}, session 15). A path
     * with a submission step before promulgation is submitted first; examinations and reviews of other
     * actors are not the subject's and stop the loader (none on this path).
     */
    private PlanView untilPromulgation(PlanView plan, Actor subject) {
        boolean submits = plan.steps().stream()
                .takeWhile(s -> s.type() != StepType.PROMULGATE)
                .anyMatch(s -> s.type() == StepType.SUBMIT);
        return submits ? plans.act(plan.id(), new PlanCommand.Submit(plan.version()), subject) : plan;
    }

    /** A new plan of the subject, with its text when {@code withText}. */
    private PlanView drafted(String title, Actor subject, boolean withText) {
        int from = title.contains("2025") ? 2025 : 2026;
        PlanView plan = plans.create(REGULATION, title, from, from + 2, subject);
        return withText ? texts.attach(plan.id(), Upload.of("实施方案文本（演示）.pdf", PDF), plan.version(), subject) : plan;
    }
}
