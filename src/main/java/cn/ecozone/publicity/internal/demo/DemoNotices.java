package cn.ecozone.publicity.internal.demo;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.DossierFilter;
import cn.ecozone.dossier.DossierManagement;
import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.dossier.DossierSummary;
import cn.ecozone.dossier.RoundManagement;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.publicity.Finding;
import cn.ecozone.publicity.NoticeManagement;
import cn.ecozone.publicity.internal.ComplaintEntity;
import cn.ecozone.publicity.internal.ComplaintTasks;
import cn.ecozone.publicity.internal.Complaints;
import cn.ecozone.publicity.internal.Investigators;
import cn.ecozone.publicity.internal.NoticeEntity;
import cn.ecozone.publicity.internal.NoticeEntry;
import cn.ecozone.publicity.internal.NoticePeriod;
import cn.ecozone.publicity.internal.NoticeText;
import cn.ecozone.publicity.internal.Periods;
import cn.ecozone.publicity.internal.PublicityNotices;
import cn.ecozone.publicity.internal.StepRules;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo publicity (demo profile only), labelled 演示数据（合成）: a published Inner Mongolia notice of the
 * department listing 锡林浩特市's demo dossier (152502) and a Guizhou municipal notice of 遵义市人民政府
 * listing 赤水市's (520381), both the draft dossiers of {@code DemoDossiers}, chosen by region so that no
 * dossier of the demo review path (苏尼特左旗, 苏尼特右旗, 西乌珠穆沁旗, 汇川区) is listed or complained about.
 * Each notice has an anonymous and a real-name complaint, so that the public portal, the province
 * (im.staff, gz.staff) and the investigator (im.staff; zy.bureau, GZ art. 10) each see one. Inner
 * Mongolia's two are found (unsupported, untrue) and block nothing; Guizhou's stay open (under
 * investigation, received): 赤水市 is the demo's example of a dossier blocked by complaints (GZ art. 16,
 * {@code NO_BLOCKING_COMPLAINT}), and the complaint texts say so. The
 * period runs from yesterday; where the calendar of a year it reaches is not held, it is counted Monday
 * to Friday and says so. The tracking numbers are fixed ({@code DEMOIMANONYMOUS1}, {@code
 * DEMOIMREALNAME01}, {@code DEMOGZANONYMOUS1}, {@code DEMOGZREALNAME01}), to try the tracking page.
 */
@Component
@Profile("demo")
@Order(70)
class DemoNotices implements StartupTask {

    static final String MARK = "（演示数据（合成））";

    private final PublicityNotices notices;
    private final Complaints complaints;
    private final StepRules rules;
    private final Periods periods;
    private final Investigators investigators;
    private final ComplaintTasks tasks;
    private final DossierManagement dossiers;
    private final DossierSteps steps;
    private final RoundManagement rounds;
    private final RegionManagement regions;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoNotices(
            PublicityNotices notices,
            Complaints complaints,
            StepRules rules,
            Periods periods,
            Investigators investigators,
            ComplaintTasks tasks,
            DossierManagement dossiers,
            DossierSteps steps,
            RoundManagement rounds,
            RegionManagement regions,
            TransactionTemplate transaction,
            Clock clock) {
        this.notices = notices;
        this.complaints = complaints;
        this.rules = rules;
        this.periods = periods;
        this.investigators = investigators;
        this.tasks = tasks;
        this.dossiers = dossiers;
        this.steps = steps;
        this.rounds = rounds;
        this.regions = regions;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** 锡林浩特市, whose demo draft the Inner Mongolia notice lists. */
    static final String XILINHOT = "152502";

    /** 赤水市, whose demo draft the Guizhou notice lists: the demo's dossier blocked by complaints. */
    static final String CHISHUI = "520381";

    /** What the open demo complaints add to their text: they block 赤水市 on purpose. */
    static final String BLOCKS = "（演示：本投诉未办结，赤水市的推荐因投诉受阻）";

    /** Who issues a demo notice and the region of the demo dossier it lists. */
    private record Issuer(
            String province, String region, String listed, Role role, String name, String documentNumber) {}

    @Override
    public void run() {
        if (complaints.findByTrackingNumber("DEMOIMANONYMOUS1").isPresent()) {
            return;
        }
        transaction.executeWithoutResult(s -> {
            notice(new Issuer("150000", "150000", XILINHOT, Role.PROVINCE_STAFF, "内蒙古自治区生态环境厅", "内环函〔演示〕1号"))
                    .ifPresent(n -> complaintsOn(n, Finding.UNSUPPORTED, Finding.UNTRUE, false));
            notice(new Issuer("520000", "520300", CHISHUI, Role.PREFECTURE_GOVERNMENT, "遵义市人民政府", "遵府函〔演示〕1号"))
                    .ifPresent(n -> complaintsOn(n, null, null, true));
        });
    }

    /**
     * A published notice over the demo dossier of the issuer's {@code listed} region (the lowest id if it
     * has several), or none when the demo holds none there.
     */
    private Optional<NoticeEntity> notice(Issuer issuer) {
        Region province = regions.require(issuer.province());
        Actor staff = new Actor(0, "demo", "演示", Role.PROVINCE_STAFF, 0, "演示", province.code(), province.path(), false);
        var page = dossiers.list(new DossierFilter(null, null, issuer.listed(), null), 0, 50, staff);
        Optional<Listed> chosen = page.content().stream()
                .map(this::listed)
                .flatMap(Optional::stream)
                .min(Comparator.comparing((Listed l) -> l.waiting() ? 0 : 1)
                        .thenComparingLong(l -> l.dossier().id()));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Listed l = chosen.get();
        Region at = regions.require(issuer.region());
        NoticeEntity n = new NoticeEntity(
                l.round().id(),
                l.stepCode(),
                l.rules().publicity().code(),
                l.round().regulationCode(),
                l.round().regulationVersion(),
                l.round().programme(),
                at.code(),
                at.path(),
                issuer.role(),
                "demo",
                clock.instant());
        LocalDate today = LocalDate.now(clock.withZone(NoticeManagement.ZONE));
        n.edit(
                new NoticeText(
                        (l.round().programme() == Programme.TWO_MOUNTAINS_BASE ? "“两山”基地" : "生态文明建设示范区") + "拟推荐名单公示"
                                + MARK,
                        issuer.name() + "（演示）",
                        issuer.documentNumber(),
                        l.rules().publicity().whereZh(),
                        "公示期间可在本页面在线投诉、举报（实名或匿名均受理）。" + MARK),
                period(l.rules().publicity(), today.minusDays(1)),
                java.util.List.of(new NoticeEntry(
                        l.dossier().id(),
                        l.dossier().candidacyId(),
                        l.runId(),
                        l.stepCode(),
                        l.waiting() ? l.opening() : null,
                        l.dossier().regionCode(),
                        l.dossier().regionName(),
                        l.dossier().subjectName(),
                        0)));
        n.publish(clock.instant());
        return Optional.of(notices.saveAndFlush(n));
    }

    /** A demo dossier of a round whose chain has a publicity step, and whether it waits there. */
    private record Listed(
            DossierSummary dossier,
            RoundView round,
            StepRules.Rules rules,
            String stepCode,
            long runId,
            boolean waiting,
            int opening) {}

    private Optional<Listed> listed(DossierSummary d) {
        RoundView round = rounds.view(d.roundId());
        Optional<DossierAtStep> run = steps.find(d.id());
        var regulation = rules.regulationOf(round.regulationCode(), round.regulationVersion());
        if (regulation.isEmpty() || regulation.get().application() == null) {
            return Optional.empty();
        }
        String waitingAt = run.map(DossierAtStep::currentStepCode).orElse(null);
        Optional<String> step = regulation.get().application().chains().stream()
                .flatMap(c -> c.steps().stream())
                .filter(s -> s.kind() == StepKind.PUBLICITY)
                .map(s -> s.code())
                .sorted(Comparator.comparing((String c) -> c.equals(waitingAt) ? 0 : 1))
                .findFirst();
        return step.map(code -> new Listed(
                d,
                round,
                rules.of(round.regulationCode(), round.regulationVersion(), code),
                code,
                run.map(DossierAtStep::runId).orElse(0L),
                code.equals(waitingAt),
                run.map(DossierAtStep::opening).orElse(0)));
    }

    private NoticePeriod period(ApplicationRules.Publicity p, LocalDate from) {
        try {
            return periods.of(p, from, null);
        } catch (RuntimeException calendarNotHeld) {
            LocalDate end = from;
            for (int left = p.workingDays() - 1; left > 0; ) {
                end = end.plusDays(1);
                if (end.getDayOfWeek().getValue() <= 5) {
                    left--;
                }
            }
            return new NoticePeriod(
                    from,
                    end,
                    end,
                    "演示数据：节假日安排未导入，按周一至周五计 " + p.workingDays() + " 个工作日，至 " + end + " 止。",
                    "Demo data: the holiday notice is not held; " + p.workingDays() + " weekdays, to " + end + ".");
        }
    }

    /**
     * An anonymous complaint and a real-name one, each found when its finding is given; the anonymous one
     * under investigation when {@code investigating}. Open ones say that they block the dossier.
     */
    private void complaintsOn(
            NoticeEntity n, Finding anonymousFinding, Finding realNameFinding, boolean investigating) {
        NoticeEntry e = n.entries().getFirst();
        ApplicationRules.Publicity p = rules.of(n.regulationCode(), n.regulationVersion(), n.stepCode())
                .publicity();
        Investigators.Investigator who = investigators.of(p.complaintsInvestigatedBy(), e.regionCode());
        String code = n.provinceCode().equals("150000") ? "IM" : "GZ";
        LocalDate today = LocalDate.now(clock.withZone(NoticeManagement.ZONE));
        ComplaintTasks.Due due = tasks.due(today, 10);
        ComplaintEntity anonymous = complaint(
                n,
                e,
                who,
                due,
                "DEMO" + code + "ANONYMOUS1",
                null,
                null,
                e.subjectName() + "申报材料中的生态产品价值数据与统计公报不一致" + (anonymousFinding == null ? BLOCKS : "") + MARK);
        if (investigating) {
            anonymous.investigate();
        }
        if (anonymousFinding != null) {
            anonymous.find(anonymousFinding, "经调查，统计口径不同所致，投诉反映问题查无实据" + MARK, "demo", clock.instant());
        }
        ComplaintEntity named = complaint(
                n,
                e,
                who,
                due,
                "DEMO" + code + "REALNAME01",
                "张演示",
                "演示号码 000-0000",
                e.subjectName() + "典型案例材料疑似与往年重复" + (realNameFinding == null ? BLOCKS : "") + MARK);
        if (realNameFinding != null) {
            named.find(realNameFinding, "经调查核实，典型案例为新增内容，投诉不属实" + MARK, "demo", clock.instant());
        }
        complaints.saveAndFlush(anonymous);
        complaints.saveAndFlush(named);
        for (ComplaintEntity c : java.util.List.of(anonymous, named)) {
            if (c.finding() == null) {
                tasks.assign(c, today, due, e.subjectName(), n.title(), "publicity.complaint.task-title");
            }
        }
    }

    private ComplaintEntity complaint(
            NoticeEntity n,
            NoticeEntry e,
            Investigators.Investigator who,
            ComplaintTasks.Due due,
            String tracking,
            String name,
            String contact,
            String text) {
        return complaints.saveAndFlush(new ComplaintEntity(
                tracking,
                n.id(),
                e.dossierId(),
                name,
                contact,
                text,
                clock.instant(),
                who.role(),
                who.regionCode(),
                who.regionPath(),
                due.day(),
                10,
                true));
    }
}
