package cn.ecozone.registry.internal.demo;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionAttributes;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.registry.RegisterFilter;
import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.RegisterManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo register records (demo profile only) of every register in both provinces, each citing a
 * synthetic source document 示例〔year〕n号 and saying “演示数据（合成）”: some inside the 3-year window
 * that exclude a demo candidacy (a 重大 incident last year in 锡林浩特市 and in 桐梓县), some outside it,
 * petitions whose rates the petitions page shows, and one record per province entered by the
 * prefecture and awaiting the province. Two counties are marked key ecological function areas so that
 * their eco-quality results can be registered.
 */
@Component
@Profile("demo")
@Order(35)
class DemoRegisters implements StartupTask {

    static final String NOTE = "（演示数据（合成），不是真实记录）";

    private static Actor actor(String username, Role role, String region, String path, String org) {
        return new Actor(0, username, username + "（演示）", role, 0, org, region, path, false);
    }

    private static final Actor IM = actor("im.staff", Role.PROVINCE_STAFF, "150000", "/150000/", "内蒙古自治区生态环境厅（演示）");
    private static final Actor XL =
            actor("xl.bureau", Role.PREFECTURE_STAFF, "152500", "/150000/152500/", "锡林郭勒盟生态环境局（演示）");
    private static final Actor GZ = actor("gz.staff", Role.PROVINCE_STAFF, "520000", "/520000/", "贵州省生态环境厅（演示）");
    private static final Actor ZY =
            actor("zy.bureau", Role.PREFECTURE_STAFF, "520300", "/520000/520300/", "遵义市生态环境局（演示）");

    private final RegisterManagement registers;
    private final RegionManagement regions;
    private int number;

    DemoRegisters(RegisterManagement registers, RegionManagement regions) {
        this.registers = registers;
        this.regions = regions;
    }

    @Override
    public void run() {
        if (registers
                        .list(new RegisterFilter(null, null, null, null, null, null, null), 0, 1, IM)
                        .totalElements()
                > 0) {
            return;
        }
        LocalDate today = registers.today();
        LocalDate lastYear = today.minusYears(1);
        keyArea("152923", IM);
        keyArea("520628", GZ);
        // Inner Mongolia
        enter(
                IM,
                finding("152522", "CENTRAL_INSPECTION", lastYear.minusMonths(2), true, "草原违规开垦问题整改不到位"),
                "中央第三生态环境保护督察组");
        enter(IM, incident("152502", lastYear, "MAJOR", "化工园区储罐泄漏引发重大突发环境事件"), "内蒙古自治区生态环境厅");
        enter(IM, incident("152501", today.minusYears(5), "GENERAL", "运输车辆侧翻致少量柴油泄漏（3年前，已出窗口）"), "锡林郭勒盟生态环境局");
        enter(IM, sanction("152525", "INTERVIEW", today.minusYears(2), "生态环境部", "MINISTRY", "大气污染防治工作不力"), "生态环境部");
        enter(IM, forest("152531", today.minusMonths(8), "非法占用林地建设养殖场"), "内蒙古自治区林业和草原局");
        enter(IM, petition("152501", "HOTLINE_12369", lastYear.withDayOfYear(20), 30, 12, "夜间施工噪声扰民"), "二连浩特市信访局");
        enter(IM, petition("152501", "LETTER_VISIT", lastYear.withDayOfYear(60), 30, 45, "养殖场异味"), "二连浩特市信访局");
        enter(IM, petition("152501", "HOTLINE_12369", lastYear.withDayOfYear(200), 30, -1, "河道倾倒建筑垃圾"), "二连浩特市信访局");
        enter(IM, keyTask("152500", "ENVIRONMENTAL_QUALITY", lastYear.getYear(), false), "内蒙古自治区生态环境厅");
        enter(IM, ecoQuality("152923", lastYear.getYear(), "WORSE"), "内蒙古自治区生态环境厅");
        enter(IM, falsification("152530", today.minusYears(4), "篡改空气自动监测站采样参数（3年前，已出窗口）"), "内蒙古自治区生态环境厅");
        enter(XL, incident("152522", today.minusMonths(3), "LARGER", "牧区饮用水源地油污污染（盟市登记，待省厅确认）"), "锡林郭勒盟生态环境局");
        // Guizhou
        enter(
                GZ,
                finding("520302", "PROVINCIAL_INSPECTION", lastYear.minusMonths(1), false, "城区黑臭水体整治进度滞后"),
                "贵州省生态环境保护督察办公室");
        enter(GZ, incident("520322", lastYear.minusMonths(4), "MAJOR", "锰渣库渗漏造成河流锰超标，定为重大突发环境事件"), "贵州省生态环境厅");
        enter(
                GZ,
                sanction(
                        "520303",
                        "LAND_MINERAL_LISTING",
                        today.minusYears(2).minusMonths(3),
                        "自然资源部",
                        "NATIONAL",
                        "违法占用耕地开采砂石"),
                "自然资源部");
        enter(GZ, forest("520322", lastYear.minusMonths(6), "滥伐林木案"), "贵州省林业局");
        enter(GZ, petition("520302", "LETTER_VISIT", lastYear.withDayOfYear(90), 60, 30, "餐饮油烟扰民"), "遵义市信访局");
        enter(GZ, petition("520302", "HOTLINE_12369", lastYear.withDayOfYear(150), 30, 20, "企业夜间偷排"), "遵义市信访局");
        enter(GZ, keyTask("520300", "DISCHARGE_PERMITS", lastYear.getYear(), true), "贵州省生态环境厅");
        enter(GZ, ecoQuality("520628", lastYear.getYear(), "SLIGHTLY_WORSE"), "贵州省生态环境厅");
        enter(GZ, falsification("520102", today.minusYears(1).minusMonths(2), "第三方运维机构伪造水质监测数据"), "贵州省生态环境厅");
        enter(GZ, incident("520381", lastYear.minusMonths(7), "GENERAL", "赤水河支流暴雨冲刷致水体浑浊，定为一般突发环境事件"), "遵义市生态环境局");
        enter(
                ZY,
                petition("520303", "HOTLINE_12369", today.minusMonths(1), 30, -1, "畜禽养殖污水直排（市州登记，待省厅确认）"),
                "遵义市生态环境局");
    }

    private void keyArea(String code, Actor actor) {
        Region r = regions.require(code);
        if (!r.keyEcologicalFunctionArea()) {
            regions.updateAttributes(
                    code,
                    new RegionAttributes(r.terrain(), true, r.grassland(), r.coastal()),
                    "演示数据（合成）：标为国家重点生态功能区县",
                    r.version(),
                    actor);
        }
    }

    private void enter(Actor who, RegisterInput in, String issuer) {
        number++;
        LocalDate on =
                in.occurredOn() != null ? in.occurredOn() : registers.today().minusMonths(1);
        registers.create(
                new RegisterInput(
                        in.kind(),
                        in.regionCode(),
                        in.category(),
                        in.occurredOn(),
                        in.year(),
                        in.level(),
                        in.major(),
                        in.completed(),
                        in.dueOn(),
                        in.closedOn(),
                        in.completedOn(),
                        in.imposedBy(),
                        in.summary() + NOTE,
                        "示例〔" + on.getYear() + "〕" + number + "号",
                        on,
                        issuer,
                        in.tasks()),
                who);
    }

    private static RegisterInput base(RegisterKind kind, String region, String category, LocalDate on, String summary) {
        return new RegisterInput(
                kind, region, category, on, null, null, null, null, null, null, null, null, summary, null, null, null,
                List.of());
    }

    private RegisterInput finding(String region, String category, LocalDate on, boolean major, String summary) {
        LocalDate today = registers.today();
        return new RegisterInput(
                RegisterKind.INSPECTION_FINDING,
                region,
                category,
                on,
                null,
                null,
                major,
                null,
                null,
                null,
                null,
                null,
                summary,
                null,
                null,
                null,
                List.of(
                        new RegisterInput.Task("制定整改方案并报备", on.plusMonths(1), min(on.plusMonths(1), today)),
                        new RegisterInput.Task("完成问题点位整治并验收", on.plusMonths(18), null)));
    }

    private RegisterInput forest(String region, LocalDate on, String summary) {
        return new RegisterInput(
                RegisterKind.FOREST_CASE,
                region,
                null,
                on,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                summary,
                null,
                null,
                null,
                List.of(new RegisterInput.Task("责令补植复绿", on.plusMonths(12), null)));
    }

    private static RegisterInput incident(String region, LocalDate on, String level, String summary) {
        RegisterInput b = base(RegisterKind.INCIDENT, region, "ENVIRONMENTAL_EMERGENCY", on, summary);
        return new RegisterInput(
                b.kind(),
                region,
                b.category(),
                on,
                null,
                level,
                null,
                null,
                null,
                null,
                null,
                null,
                summary,
                null,
                null,
                null,
                List.of());
    }

    private static RegisterInput sanction(
            String region, String category, LocalDate on, String body, String bodyLevel, String reason) {
        return new RegisterInput(
                RegisterKind.SANCTION,
                region,
                category,
                on,
                null,
                bodyLevel,
                false,
                null,
                null,
                null,
                null,
                body,
                reason,
                null,
                null,
                null,
                List.of());
    }

    /** A petition received on {@code on}, due {@code dueDays} later, closed {@code closedDays} later (-1: open). */
    private RegisterInput petition(
            String region, String channel, LocalDate on, int dueDays, int closedDays, String summary) {
        LocalDate closed = closedDays < 0 ? null : min(on.plusDays(closedDays), registers.today());
        return new RegisterInput(
                RegisterKind.PETITION,
                region,
                channel,
                on,
                null,
                null,
                null,
                null,
                on.plusDays(dueDays),
                closed,
                null,
                null,
                summary,
                null,
                null,
                null,
                List.of());
    }

    private RegisterInput keyTask(String region, String category, int year, boolean completed) {
        return new RegisterInput(
                RegisterKind.KEY_TASK,
                region,
                category,
                registers.today().minusMonths(2),
                year,
                null,
                null,
                completed,
                null,
                null,
                null,
                null,
                completed ? "年度任务按期完成" : "年度环境质量约束性目标未完成",
                null,
                null,
                null,
                List.of());
    }

    private RegisterInput ecoQuality(String region, int year, String grade) {
        return new RegisterInput(
                RegisterKind.ECO_QUALITY,
                region,
                null,
                registers.today().minusMonths(4),
                year,
                grade,
                null,
                null,
                null,
                null,
                null,
                null,
                "国家重点生态功能区县域生态环境质量监测评价与考核结果",
                null,
                null,
                null,
                List.of());
    }

    private static RegisterInput falsification(String region, LocalDate on, String summary) {
        return new RegisterInput(
                RegisterKind.DATA_FALSIFICATION,
                region,
                null,
                on,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "生态环境执法部门",
                summary,
                null,
                null,
                null,
                List.of());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
