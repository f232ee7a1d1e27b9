package cn.ecozone.candidacy.internal.demo;

import cn.ecozone.candidacy.CandidacyAction;
import cn.ecozone.candidacy.CandidacyInput;
import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo candidacies (demo profile only) in both provinces' pools, in several states, each noted
 * “演示数据（合成）” so that nobody takes them for real ones. They run before the demo plans
 * ({@code DemoPlans}, order 30), so the plans those submit link to them and move them to planning
 * through the platform's own listener.
 */
@Component
@Profile("demo")
@Order(25)
class DemoCandidacies implements StartupTask {

    static final String NOTE = "演示数据（合成），不是真实的创建记录";

    private static Actor actor(String username, Role role, String region, String path) {
        return new Actor(0, username, username + "（演示）", role, 0, "演示", region, path, false);
    }

    private static final Actor IM_DEPARTMENT = actor("im.staff", Role.PROVINCE_STAFF, "150000", "/150000/");
    private static final Actor XL_BUREAU = actor("xl.bureau", Role.PREFECTURE_STAFF, "152500", "/150000/152500/");
    private static final Actor GZ_DEPARTMENT = actor("gz.staff", Role.PROVINCE_STAFF, "520000", "/520000/");
    private static final Actor ZY_BUREAU = actor("zy.bureau", Role.PREFECTURE_STAFF, "520300", "/520000/520300/");

    private final CandidacyManagement candidacies;

    DemoCandidacies(CandidacyManagement candidacies) {
        this.candidacies = candidacies;
    }

    @Override
    public void run() {
        if (candidacies.countByState(IM_DEPARTMENT).values().stream().anyMatch(n -> n > 0)) {
            return;
        }
        // Inner Mongolia: the demo plans of 二连浩特市, 锡林浩特市 and the league move these to planning
        pool(IM_DEPARTMENT, "152501", Programme.ECO_CIVILIZATION_ZONE, List.of(CandidacyAction.CULTIVATE));
        pool(IM_DEPARTMENT, "152502", Programme.TWO_MOUNTAINS_BASE, List.of());
        pool(IM_DEPARTMENT, "152500", Programme.ECO_CIVILIZATION_ZONE, List.of());
        pool(XL_BUREAU, "152522", Programme.ECO_CIVILIZATION_ZONE, List.of(CandidacyAction.CULTIVATE));
        pool(XL_BUREAU, "152525", Programme.ECO_CIVILIZATION_ZONE, List.of());
        pool(
                IM_DEPARTMENT,
                "152531",
                Programme.TWO_MOUNTAINS_BASE,
                List.of(
                        CandidacyAction.CULTIVATE,
                        CandidacyAction.START_PLANNING,
                        CandidacyAction.APPLY,
                        CandidacyAction.TITLE));
        CandidacyView withdrawn = pool(XL_BUREAU, "152530", Programme.ECO_CIVILIZATION_ZONE, List.of());
        candidacies.transition(
                withdrawn.id(),
                CandidacyAction.WITHDRAW,
                "旗政府申请暂缓创建，待生态环境质量改善后重新申请（演示）",
                withdrawn.version(),
                XL_BUREAU);
        // Guizhou: 市（州） staff keep their own pool, the department the province's
        pool(ZY_BUREAU, "520302", Programme.TWO_MOUNTAINS_BASE, List.of());
        pool(ZY_BUREAU, "520303", Programme.TWO_MOUNTAINS_BASE, List.of(CandidacyAction.CULTIVATE));
        pool(
                GZ_DEPARTMENT,
                "520322",
                Programme.TWO_MOUNTAINS_BASE,
                List.of(CandidacyAction.CULTIVATE, CandidacyAction.START_PLANNING, CandidacyAction.APPLY));
        pool(GZ_DEPARTMENT, "520102", Programme.TWO_MOUNTAINS_BASE, List.of(CandidacyAction.START_PLANNING));
    }

    private CandidacyView pool(Actor keeper, String region, Programme programme, List<CandidacyAction> moves) {
        CandidacyView c = candidacies.create(new CandidacyInput(region, null, programme, NOTE), keeper);
        for (CandidacyAction action : moves) {
            c = candidacies.transition(c.id(), action, null, c.version(), keeper);
        }
        return c;
    }
}
