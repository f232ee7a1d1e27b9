package cn.ecozone.report.internal.demo;

import cn.ecozone.regulation.Programme;
import cn.ecozone.report.BeautifulImManagement;
import cn.ecozone.report.ReportCommand;
import cn.ecozone.report.ReportInput;
import cn.ecozone.report.ReportManagement;
import cn.ecozone.report.ReportView;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import cn.ecozone.title.TitleRecords;
import cn.ecozone.title.TitleView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo annual reports (demo profile only, after the demo titles, order 70), all text marked 演示 (synthetic):
 * in Inner Mongolia one report accepted by the league bureau (太仆寺旗, eco-civ) and one waiting for it
 * (太仆寺旗 again, Two Mountains); in Guizhou one accepted by the department and one waiting for the municipal
 * bureau (湄潭县, two years); and two Beautiful Inner Mongolia league reports received. The titles are found
 * with {@link TitleRecords#ofRegion}; an absent title is logged (WARN) and skipped. Skipped on restart.
 */
@Component
@Profile("demo")
@Order(70)
class DemoReports implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

    private final ReportManagement reports;
    private final BeautifulImManagement bim;
    private final TitleRecords titles;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoReports(
            ReportManagement reports, BeautifulImManagement bim, TitleRecords titles, JdbcClient jdbc, Clock clock) {
        this.reports = reports;
        this.bim = bim;
        this.titles = titles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run() {
        if (jdbc.sql("select count(*) from annual_report").query(Long.class).single() > 0) {
            return;
        }
        int year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear() - 1;
        report("152527", Programme.ECO_CIVILIZATION_ZONE, "tps.gov", year, new String[] {"xl.bureau:REVIEW"});
        report("152527", Programme.TWO_MOUNTAINS_BASE, "tps.gov", year, new String[0]);
        report("520328", Programme.TWO_MOUNTAINS_BASE, "mt.gov", year, new String[] {
            "zy.bureau:MUNICIPAL_REVIEW", "gz.staff:PROVINCE_REVIEW"
        });
        report("520328", Programme.TWO_MOUNTAINS_BASE, "mt.gov", year - 1, new String[0]);
        league("xl.gov", year, "锡林郭勒盟");
        Actor hohhot = new Actor(
                0,
                "hhht.gov",
                "呼和浩特市人民政府（演示）",
                Role.PREFECTURE_GOVERNMENT,
                0,
                "演示",
                "150100",
                "/150000/150100/",
                false);
        leagueAs(hohhot, year, "呼和浩特市");
    }

    /** Opens, writes and submits a report, then lets each reviewer ({@code user:STEP}) accept it. */
    private void report(String region, Programme programme, String subject, int year, String[] reviewers) {
        Optional<TitleView> title = titles.ofRegion(region, programme);
        Optional<Actor> actor = actor(subject);
        if (title.isEmpty() || actor.isEmpty()) {
            log.warn("Demo annual report skipped: no title of {} ({}) or no account {}", region, programme, subject);
            return;
        }
        try {
            ReportView r = reports.open(title.get().id(), year, actor.get());
            r = reports.update(
                    r.id(),
                    new ReportInput(
                            "演示数据（合成）：" + title.get().subjectName() + year + "年度工作进展。生态环境质量保持稳定，"
                                    + "年度重点任务按计划推进，档案资料已更新。",
                            "演示：规划确定的年度任务已完成约八成，其余任务结转下一年度。"),
                    r.version(),
                    actor.get());
            r = reports.act(r.id(), new ReportCommand("ACT", "SUBMIT", null, null, r.version()), actor.get());
            for (String reviewer : reviewers) {
                String[] parts = reviewer.split(":");
                Optional<Actor> who = actor(parts[0]);
                if (who.isEmpty()) {
                    log.warn("Demo annual report left waiting: no account {}", parts[0]);
                    return;
                }
                r = reports.act(r.id(), new ReportCommand("ACT", parts[1], "演示：审核通过。", null, r.version()), who.get());
            }
        } catch (RuntimeException e) {
            log.warn("Demo annual report of {} {} not made: {}", region, year, e.toString());
        }
    }

    private void league(String username, int year, String name) {
        actor(username)
                .ifPresentOrElse(
                        a -> leagueAs(a, year, name),
                        () -> log.warn("Demo Beautiful IM report skipped: no account {}", username));
    }

    private void leagueAs(Actor actor, int year, String name) {
        try {
            bim.receive(
                    year,
                    actor.regionCode(),
                    "演示数据（合成）：" + name + year + "年度美丽内蒙古建设书面报告。空气质量优良天数比例稳定，" + "草原综合植被盖度持续提高，重点任务按分工推进。",
                    actor);
        } catch (RuntimeException e) {
            log.warn("Demo Beautiful IM report of {} not made: {}", name, e.toString());
        }
    }

    /** A demo account as an actor (its own user and organization), read from identity's demo data. */
    private Optional<Actor> actor(String username) {
        return jdbc.sql("select u.id, u.username, u.display_name, u.role, o.id as org_id, o.name as org_name,"
                        + " o.region_code, o.region_path from user_account u join organization o"
                        + " on o.id = u.organization_id where u.username = ?")
                .param(username)
                .query((rs, n) -> new Actor(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")),
                        rs.getLong("org_id"),
                        rs.getString("org_name"),
                        rs.getString("region_code"),
                        rs.getString("region_path"),
                        false))
                .optional();
    }
}
