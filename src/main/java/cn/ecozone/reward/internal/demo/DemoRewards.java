package cn.ecozone.reward.internal.demo;

import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.reward.RewardInput;
import cn.ecozone.reward.internal.RewardEntity;
import cn.ecozone.reward.internal.Rewards;
import cn.ecozone.shared.StartupTask;
import cn.ecozone.title.TitleRecords;
import cn.ecozone.title.TitleView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo rewards (demo profile only), labelled 演示数据（合成）: one reward on a demo title in each province —
 * 太仆寺旗's eco-civilization zone (IM eco-civ art. 20) and 湄潭县's Two Mountains base (Guizhou art. 20),
 * the titles of the demo's title task — dated 60 days after the naming (today at the latest). Skipped
 * for a title that is absent or already has a reward, so it is idempotent.
 */
@Component
@Profile("demo")
@Order(75)
class DemoRewards implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoRewards.class);

    static final String MARK = "演示数据（合成）";

    /** A demo reward to give: where, which programme, how much, and the issuer's words. */
    record Planned(String regionCode, Programme programme, String amount, String numberPrefix, String body) {}

    static final List<Planned> PLANNED = List.of(
            new Planned("152527", Programme.ECO_CIVILIZATION_ZONE, "1000000.00", "内财资环", "内蒙古自治区财政厅 内蒙古自治区生态环境厅"),
            new Planned("520328", Programme.TWO_MOUNTAINS_BASE, "500000.00", "黔环函", "贵州省生态环境厅"));

    private final TitleRecords titles;
    private final Rewards rewards;
    private final RegionManagement regions;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoRewards(
            TitleRecords titles,
            Rewards rewards,
            RegionManagement regions,
            TransactionTemplate transaction,
            Clock clock) {
        this.titles = titles;
        this.rewards = rewards;
        this.regions = regions;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        for (Planned p : PLANNED) {
            transaction.executeWithoutResult(status -> give(p, today));
        }
    }

    private void give(Planned p, LocalDate today) {
        TitleView title = titles.ofRegion(p.regionCode(), p.programme()).orElse(null);
        if (title == null) {
            log.info("Demo reward skipped: no demo title of {} in {}", p.regionCode(), p.programme());
            return;
        }
        if (!rewards.ofTitle(title.id()).isEmpty()) {
            return;
        }
        LocalDate on = title.namedOn().plusDays(60);
        if (on.isAfter(today)) {
            on = today;
        }
        RewardInput in = new RewardInput(
                new BigDecimal(p.amount()),
                on,
                p.numberPrefix() + "〔" + on.getYear() + "〕演示奖励1号",
                p.body(),
                MARK + "：对获得称号地区给予资金奖励（" + title.subjectName() + "）");
        rewards.save(new RewardEntity(
                title.id(),
                title.candidacyId(),
                title.regionCode(),
                regions.require(title.regionCode()).path(),
                title.subjectName(),
                title.programme(),
                in,
                "demo",
                clock.instant()));
    }
}
