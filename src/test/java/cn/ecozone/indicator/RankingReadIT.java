package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Caches;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.CountingStatements;
import cn.ecozone.support.Fixtures;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;

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

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

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
            // a region holding no value ranks as 无数据, without a score or a rank (issue 14 §8)
            assertThat(r.score())
                    .as(r.regionCode())
                    .isEqualTo(r.noData() ? null : card.summary().score());
            assertThat(r.noData())
                    .as(r.regionCode())
                    .isEqualTo(card.rows().stream()
                            .allMatch(row -> row.value() == null && row.flag() == null && row.grade() == null));
        });
    }

    @Test
    void partsAndValuesThatCannotBeUsedRankAsTheirScorecardsJudgeThem() {
        int year = 2034; // no other test holds values of 黔西南州 (522300)
        String[] counties = {"522301", "522302", "522323"};
        for (String county : counties) {
            Browser b = new Browser(port);
            b.login(fixtures.user(Role.COUNTY_GOVERNMENT, county), Fixtures.PASSWORD);
            for (int y = year - 1; y <= year; y++) {
                put(b, county, y, "GZ-09", "{\"parts\":{\"redline_area\":120,\"protected_area_area\":80}}");
                put(b, county, y, "GZ-10", "{\"value\":" + (y - 2000) + "}");
                put(b, county, y, "GZ-02", "{\"value\":100}");
            }
        }
        // written around the application, as an old row or a hand-made fix would be: a part out of
        // range the year before, parts that cannot be read this year, a number out of range the year before
        poison("522301", year - 1, "GZ-09", "{\"redline_area\":-5,\"protected_area_area\":80}");
        poison("522302", year, "GZ-09", "{\"redline_area\":");
        jdbc.update(
                "update indicator_value set number_value = ? where edition_code = ? and region_code = ?"
                        + " and data_year = ? and indicator_code = 'GZ-10'",
                -3.0,
                GUIZHOU,
                "522323",
                year - 1);
        Actor province = actor(regions.require("520000"));

        List<EvaluationManagement.Ranked> ranked =
                evaluations.ranking(GUIZHOU, "522300", year, province, Locale.SIMPLIFIED_CHINESE);

        assertThat(ranked).extracting(EvaluationManagement.Ranked::regionCode).contains(counties);
        assertThat(ranked).allSatisfy(r -> {
            Scorecard card = evaluations.evaluate(GUIZHOU, r.regionCode(), null, year, province, Locale.ENGLISH);
            assertThat(List.of(r.met(), r.applicable()))
                    .as(r.regionCode())
                    .isEqualTo(List.of(card.summary().met(), card.summary().applicable()));
            // a region holding no value ranks as 无数据, without a score or a rank (issue 14 §8)
            assertThat(r.score())
                    .as(r.regionCode())
                    .isEqualTo(r.noData() ? null : card.summary().score());
            assertThat(r.noData())
                    .as(r.regionCode())
                    .isEqualTo(card.rows().stream()
                            .allMatch(row -> row.value() == null && row.flag() == null && row.grade() == null));
        });
    }

    private static void put(Browser b, String county, int year, String indicator, String body) {
        String path = "/api/indicator-values/" + GUIZHOU + "/" + county + "/" + year + "/" + indicator;
        assertThat(b.sendRaw("PUT", path, body).status()).as(path).isEqualTo(200);
    }

    private void poison(String county, int year, String indicator, String parts) {
        assertThat(jdbc.update(
                        "update indicator_value set parts = ? where edition_code = ? and region_code = ?"
                                + " and data_year = ? and indicator_code = ?",
                        parts,
                        GUIZHOU,
                        county,
                        year,
                        indicator))
                .isEqualTo(1);
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
