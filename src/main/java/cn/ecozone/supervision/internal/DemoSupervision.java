package cn.ecozone.supervision.internal;

import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import cn.ecozone.supervision.ConclusionInput;
import cn.ecozone.supervision.FindingInput;
import cn.ecozone.supervision.SupervisionManagement;
import cn.ecozone.title.TitleRecords;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's concluded on-site check (demo profile only, after the opening at start-up, order 70): the
 * 2-year check of the demo title of 太仆寺旗 (152527, eco-civilization zone, named 2 years and 10 days
 * before the demo's day, H7's demo titles) gets two findings and a conclusion with problems found, all
 * labelled synthetic. Guizhou's post-evaluation of 湄潭县 stays open for the department to work on. Does
 * nothing when the title or its check is absent, or the check is concluded (a restart).
 */
@Component
@Profile("demo")
@Order(71)
class DemoSupervision implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoSupervision.class);

    private static final String LABEL = "【演示数据（合成）】";

    private static final Actor DEPARTMENT =
            new Actor(0, "im.staff", "im.staff（演示）", Role.PROVINCE_STAFF, 0, "演示", "150000", "/150000/", false);

    private final TitleRecords titles;
    private final SupervisionChecks checks;
    private final SupervisionManagement supervision;

    DemoSupervision(TitleRecords titles, SupervisionChecks checks, SupervisionManagement supervision) {
        this.titles = titles;
        this.checks = checks;
        this.supervision = supervision;
    }

    @Override
    public void run() {
        titles.ofRegion("152527", Programme.ECO_CIVILIZATION_ZONE)
                .flatMap(t -> checks.findByTitleIdAndCheckCode(t.id(), "SITE_CHECK_2Y"))
                .filter(c -> c.state() == CheckEntity.State.OPEN)
                .ifPresent(this::conclude);
    }

    private void conclude(CheckEntity check) {
        try {
            supervision.addFinding(
                    check.id(),
                    new FindingInput(null, LABEL + "创建档案资料未按要求在国家平台更新，2024年度工作进展报送滞后"),
                    DEPARTMENT,
                    Locale.CHINA);
            supervision.addFinding(
                    check.id(), new FindingInput(null, LABEL + "规划确定的重点任务中有两项进度滞后，未见整改台账"), DEPARTMENT, Locale.CHINA);
            supervision.conclude(
                    check.id(),
                    new ConclusionInput(true, false, null, LABEL + "现场核查发现档案更新和重点任务推进方面的问题，请旗人民政府按期整改并报送整改情况报告。", null),
                    DEPARTMENT,
                    Locale.CHINA);
        } catch (RuntimeException e) {
            // the demo goes on without the concluded check rather than not starting
            log.warn("demo supervision: the on-site check {} was not concluded", check.id(), e);
        }
    }
}
