package cn.ecozone.enforcement.internal.demo;

import cn.ecozone.enforcement.internal.DemoSupport;
import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.RegisterManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import cn.ecozone.title.TitleRecords;
import cn.ecozone.title.TitleView;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Demo enforcement (demo profile only, after the demo titles of {@code title.internal.demo}): in
 * Guizhou an open proposal for 余庆县 (520329) opened from a 重大 incident entered in the registers, with
 * the incident as evidence; in Inner Mongolia a rectification in progress for 太仆寺旗's Two Mountains base
 * (152527), ordered on a proposal opened from an unfinished key task (the register watch also judges
 * 太仆寺旗's eco-civilization zone on that record). Every record says 演示数据（合成）. Skipped when a title
 * is absent or the subject already has a proposal (a restart).
 */
@Component
@Profile("demo")
@Order(72)
class DemoEnforcement implements StartupTask {

    static final String NOTE = "（演示数据（合成），不是真实记录）";

    private static Actor actor(String username, String region, String path, String org) {
        return new Actor(0, username, username + "（演示）", Role.PROVINCE_STAFF, 0, org, region, path, false);
    }

    private static final Actor GZ = actor("gz.staff", "520000", "/520000/", "贵州省生态环境厅（演示）");
    private static final Actor IM = actor("im.staff", "150000", "/150000/", "内蒙古自治区生态环境厅（演示）");

    private final RegisterManagement registers;
    private final TitleRecords titles;
    private final DemoSupport support;

    DemoEnforcement(RegisterManagement registers, TitleRecords titles, DemoSupport support) {
        this.registers = registers;
        this.titles = titles;
        this.support = support;
    }

    @Override
    public void run() {
        LocalDate today = registers.today();
        titles.ofRegion("520329", Programme.TWO_MOUNTAINS_BASE)
                .filter(t -> !support.hasProposal(t.id()))
                .ifPresent(t -> {
                    registers.create(
                            record(
                                    RegisterKind.INCIDENT,
                                    "520329",
                                    "ENVIRONMENTAL_EMERGENCY",
                                    today.minusDays(12),
                                    null,
                                    "MAJOR",
                                    null,
                                    "乌江支流饮用水水源地上游尾矿库渗漏，引发重大突发环境事件" + NOTE,
                                    "贵州省生态环境厅"),
                            GZ);
                    evaluate(t);
                });
        titles.ofRegion("152527", Programme.TWO_MOUNTAINS_BASE)
                .filter(t -> !support.hasProposal(t.id()))
                .ifPresent(t -> {
                    registers.create(
                            record(
                                    RegisterKind.KEY_TASK,
                                    "152527",
                                    "DISCHARGE_PERMITS",
                                    today.minusDays(20),
                                    today.getYear() - 1,
                                    null,
                                    false,
                                    "排污许可证核发任务未按期完成" + NOTE,
                                    "内蒙古自治区生态环境厅"),
                            IM);
                    evaluate(t);
                    support.orderOnFirstProposal(t.id(), "演示：督促加快推进排污许可证核发" + NOTE, IM);
                });
    }

    /**
     * Judges the title at once. The register watch judges it too, after the record's commit, on another
     * thread; when it opened the proposal first, the unique trigger key refuses this one and the watch's
     * proposal (committed) stands.
     */
    private void evaluate(TitleView t) {
        try {
            support.evaluate(t);
        } catch (DataIntegrityViolationException e) {
            // the register watch opened it first
        }
    }

    private static RegisterInput record(
            RegisterKind kind,
            String region,
            String category,
            LocalDate on,
            Integer year,
            String level,
            Boolean completed,
            String summary,
            String issuer) {
        return new RegisterInput(
                kind,
                region,
                category,
                on,
                year,
                level,
                null,
                completed,
                null,
                null,
                null,
                null,
                summary,
                "示例〔" + on.getYear() + "〕72号",
                on,
                issuer,
                List.of());
    }
}
