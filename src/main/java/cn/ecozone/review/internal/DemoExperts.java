package cn.ecozone.review.internal;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.review.ExpertRelations;
import cn.ecozone.shared.StartupTask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo experts (demo profile only), labelled 演示数据（合成）: six in the Inner Mongolia pool, the demo
 * {@code expert} account linked to the first, one with a recent post at 锡林浩特市 and one who reviewed a
 * 阿巴嘎旗 plan (so that the draw shows its recusal rules), and four in the Guizhou pool, the demo
 * {@code gz.expert} account linked to the first (it reviews the Guizhou demo typical case).
 */
@Component
@Profile("demo")
@Order(15) // after the demo accounts (the expert account exists), before the demo panel draws
class DemoExperts implements StartupTask {

    private static final String MARK = "（演示数据（合成））";

    private final Experts experts;
    private final ExpertRows rows;
    private final RegionManagement regions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoExperts(Experts experts, ExpertRows rows, RegionManagement regions, JdbcClient jdbc, Clock clock) {
        this.experts = experts;
        this.rows = rows;
        this.regions = regions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run() {
        if (experts.count() > 0) {
            return;
        }
        Long expertUser = jdbc.sql("select id from user_account where username = 'expert'")
                .query(Long.class)
                .optional()
                .orElse(null);
        LocalDate today = LocalDate.now(clock);
        add("150000", "王建华", List.of("生态", "规划"), "内蒙古大学生态与环境学院", "150102", "教授", expertUser);
        add("150000", "李晓梅", List.of("生态", "草原"), "内蒙古农业大学草原与资源环境学院", "150105", "教授", null);
        add("150000", "张志强", List.of("规划", "环境管理"), "内蒙古自治区环境科学研究院", "150102", "正高级工程师", null);
        long posted = add("150000", "赵海涛", List.of("生态", "水资源"), "内蒙古自治区水利科学研究院", "150105", "高级工程师", null);
        rows.addEmployment(
                posted,
                new ExpertRelations.Employment(
                        "锡林浩特市人民政府" + MARK, "152502", "GOVERNMENT", null, today.minusYears(5), today.minusYears(1)));
        long planner = add("150000", "刘丽娜", List.of("规划"), "内蒙古师范大学地理科学学院", "150102", "副教授", null);
        rows.addPlan(planner, new ExpertRelations.PlanPart("152522", "REVIEWED"));
        add("150000", "孙宏伟", List.of("生态", "环境监测"), "内蒙古自治区环境监测总站", "150102", "正高级工程师", null);
        Long gzExpertUser = jdbc.sql("select id from user_account where username = 'gz.expert'")
                .query(Long.class)
                .optional()
                .orElse(null);
        add("520000", "陈永红", List.of("生态", "规划"), "贵州大学资源与环境工程学院", "520102", "教授", gzExpertUser);
        add("520000", "杨光明", List.of("生态", "石漠化治理"), "贵州师范大学喀斯特研究院", "520103", "研究员", null);
        add("520000", "吴秀英", List.of("规划", "旅游"), "贵州省生态环境科学研究设计院", "520102", "正高级工程师", null);
        add("520000", "罗文军", List.of("环境管理"), "贵州省环境科学研究设计院", "520103", "高级工程师", null);
    }

    private long add(
            String pool, String name, List<String> fields, String org, String orgRegion, String title, Long userId) {
        Region p = regions.require(pool);
        Region r = regions.require(orgRegion);
        return experts.save(new ExpertEntity(
                        p.code(),
                        p.path(),
                        new ExpertEntity.Details(
                                name, fields, org + MARK, r.code(), r.path(), title, "演示号码 000-0000", userId),
                        clock.instant()))
                .id();
    }
}
