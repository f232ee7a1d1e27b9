package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Caches;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.CountingStatements;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;

/**
 * A ranking reads its regions' values in one streaming query and judges them as their scorecards
 * would (issue 10, "whole country": no query per region).
 */
@ApiTest
class RankingReadIT {

    private static final String GUIZHOU = IndicatorEvaluationIT.GUIZHOU;

    @Autowired
    EvaluationManagement evaluations;

    @Autowired
    RegionManagement regions;

    @Autowired
    CacheManager caches;

    @Test
    void aRankingPreparesTheSameStatementsForNineChildrenAsForFourteen() {
        Actor province = actor(regions.require("520000"));
        evaluations.ranking(GUIZHOU, "520000", 2025, province, Locale.SIMPLIFIED_CHINESE); // the edition cached
        int prefectures = regions.children("520000").size();
        int counties = regions.children("520300").size();
        assertThat(prefectures).isNotEqualTo(counties);

        caches.getCache(Caches.REFERENCE_AVERAGES).clear();
        int forPrefectures = statements(province, "520000", prefectures);
        int forCounties = statements(province, "520300", counties);
        int forPrefecturesAgain = statements(province, "520000", prefectures);
        int forCountiesAgain = statements(province, "520300", counties);

        // the children's values, and the two reads of their level's averages until those are cached
        assertThat(forCounties).isEqualTo(forPrefectures).isEqualTo(3);
        assertThat(forCountiesAgain).isEqualTo(forPrefecturesAgain).isEqualTo(1);
    }

    @Test
    void eachRankedRegionHasItsScorecardsSummary() {
        Actor province = actor(regions.require("520000"));
        List<EvaluationManagement.Ranked> ranked =
                evaluations.ranking(GUIZHOU, "520300", 2025, province, Locale.SIMPLIFIED_CHINESE);

        assertThat(ranked).isNotEmpty().allSatisfy(r -> {
            Scorecard card = evaluations.evaluate(GUIZHOU, r.regionCode(), null, 2025, province, Locale.ENGLISH);
            assertThat(r.met()).as(r.regionCode()).isEqualTo(card.summary().met());
            assertThat(r.applicable())
                    .as(r.regionCode())
                    .isEqualTo(card.summary().applicable());
            assertThat(r.score()).as(r.regionCode()).isEqualTo(card.summary().score());
        });
    }

    private int statements(Actor actor, String parent, int children) {
        AtomicReference<List<EvaluationManagement.Ranked>> ranked = new AtomicReference<>();
        int count = CountingStatements.during(
                () -> ranked.set(evaluations.ranking(GUIZHOU, parent, 2025, actor, Locale.SIMPLIFIED_CHINESE)));
        assertThat(ranked.get()).hasSize(children);
        return count;
    }

    private static Actor actor(Region region) {
        return new Actor(
                9_999_001L, "ranking.test", "测试", Role.PROVINCE_STAFF, 1L, "测试机构", region.code(), region.path(), false);
    }
}
