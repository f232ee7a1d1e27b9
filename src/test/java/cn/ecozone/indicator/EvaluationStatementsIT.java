package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Caches;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.CountingStatements;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scorecard, the ranking and the trend take the same number of SQL statements however many
 * indicators, regions or years they cover (issue 10): an edition of 10 indicators and one of 1,000
 * (a tenth of each compared with the province's average), a ranking of 10 regions and of 1,000, a trend
 * of 5 years and of 50.
 */
@ApiTest
class EvaluationStatementsIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    /** 贵阳市白云区: ten townships. */
    private static final String PARENT = "520113";

    @Autowired
    EvaluationManagement evaluations;

    @Autowired
    EditionManagement editions;

    @Autowired
    RegionManagement regions;

    @Autowired
    CacheManager caches;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aScorecardTakesTheSameStatementsAtTenAndAtAThousandIndicators() {
        String ten = publishedEdition(10);
        String thousand = publishedEdition(1000);
        Actor staff = staff();
        evaluations.evaluate(ten, "520329", null, 2025, staff, ZH);
        evaluations.evaluate(thousand, "520329", null, 2025, staff, ZH);

        AtomicReference<Scorecard> small = new AtomicReference<>();
        AtomicReference<Scorecard> large = new AtomicReference<>();
        int atTen = cold(() -> small.set(evaluations.evaluate(ten, "520329", null, 2025, staff, ZH)));
        int atThousand = cold(() -> large.set(evaluations.evaluate(thousand, "520329", null, 2025, staff, ZH)));
        evaluations.evaluate(ten, "520329", null, 2025, staff, ZH); // its averages again (cold() cleared them)
        int atTenWarm = CountingStatements.during(() -> evaluations.evaluate(ten, "520329", null, 2025, staff, ZH));
        int atThousandWarm =
                CountingStatements.during(() -> evaluations.evaluate(thousand, "520329", null, 2025, staff, ZH));

        assertThat(small.get().rows()).hasSize(10);
        assertThat(large.get().rows()).hasSize(1000);
        // the values, the values of the province's average (ReferenceValueReader) and the published averages
        assertThat(atThousand).isEqualTo(atTen).isEqualTo(3);
        // the values; the averages are cached (ProvinceAverages)
        assertThat(atThousandWarm).isEqualTo(atTenWarm).isEqualTo(1);
    }

    @Test
    void aRankingTakesTheSameStatementsAtTenAndAtAThousandRegions() {
        String edition = publishedEdition(10);
        Actor staff = staff();
        assertThat(regions.children(PARENT)).hasSize(10);
        evaluations.ranking(edition, PARENT, 2025, staff, ZH);
        int atTen = cold(() -> evaluations.ranking(edition, PARENT, 2025, staff, ZH));
        try {
            insertTownships(990);
            caches.getCache(Caches.REGION_TREE).clear();
            evaluations.ranking(edition, PARENT, 2025, staff, ZH);
            AtomicReference<List<EvaluationManagement.Ranked>> ranked = new AtomicReference<>();
            int atThousand = cold(() -> ranked.set(evaluations.ranking(edition, PARENT, 2025, staff, ZH)));

            assertThat(ranked.get()).hasSize(1000);
            // the children's values in one streaming read (RegionValueReader), the values of the province's
            // average (ReferenceValueReader) and the published averages
            assertThat(atThousand).isEqualTo(atTen).isEqualTo(3);
        } finally {
            jdbc.update("delete from region where parent_code = ? and code like '52011399%'", PARENT);
            caches.getCache(Caches.REGION_TREE).clear();
        }
    }

    @Test
    void aTrendTakesTheSameStatementsAtFiveAndAtFiftyYears() {
        String edition = publishedEdition(10);
        Actor staff = staff();
        evaluations.trend(edition, "520329", null, "I-0001", 2001, 2005, staff, ZH);

        int atFive = cold(() -> evaluations.trend(edition, "520329", null, "I-0001", 2001, 2005, staff, ZH));
        AtomicReference<List<EvaluationManagement.TrendPoint>> points = new AtomicReference<>();
        int atFifty =
                cold(() -> points.set(evaluations.trend(edition, "520329", null, "I-0001", 2001, 2050, staff, ZH)));

        assertThat(points.get()).hasSize(50);
        // the values, the values of the province's average and the published averages
        assertThat(atFifty).isEqualTo(atFive).isEqualTo(3);
    }

    /** The statements of {@code work} with the province's averages not yet cached. */
    private int cold(Runnable work) {
        caches.getCache(Caches.REFERENCE_AVERAGES).clear();
        return CountingStatements.during(work);
    }

    /** A published edition for 2001–2050 of {@code n} indicators, every tenth compared with the average. */
    private String publishedEdition(int n) {
        String code = "T-ST-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        List<IndicatorInput> indicators = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Map<String, Object> target = i % 10 == 1
                    ? Map.of("kind", "ABOVE_REFERENCE_AVERAGE", "strict", true)
                    : Map.of("kind", "AT_LEAST", "value", 60);
            indicators.add(new IndicatorInput(
                    "I-%04d".formatted(i),
                    i,
                    "目标一 / 生态环境质量",
                    "测试指标 " + i,
                    null,
                    "%",
                    ValueType.PERCENTAGE,
                    i % 10 == 1 ? Binding.REFERENCE : Binding.BINDING,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "≥60",
                    target,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        EditionHeader header = new EditionHeader(
                code,
                1,
                "语句计数测试体系",
                null,
                null,
                null,
                null,
                false,
                null,
                false,
                List.of(cn.ecozone.region.RegionLevel.COUNTY, cn.ecozone.region.RegionLevel.TOWNSHIP),
                null,
                2001,
                2050,
                "SHARE_MET",
                null,
                null);
        EditionView draft = editions.createWith(header, indicators, staff());
        editions.publish(code, draft.version(), staff());
        return code;
    }

    private void insertTownships(int n) {
        Region parent = regions.require(PARENT);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = PARENT + "99" + "%04d".formatted(i);
            rows.add(new Object[] {code, "测试街道" + i, parent.code(), parent.path() + code + "/"});
        }
        jdbc.batchUpdate(
                "insert into region (code, name, level, parent_code, path, functional_zone, terrain,"
                        + " key_ecological_function_area, has_children, version)"
                        + " values (?, ?, 'TOWNSHIP', ?, ?, false, 'PLAIN', false, false, 0)",
                rows);
    }

    private static Actor staff() {
        return new Actor(
                900_001L, "t-statements", "测试省厅", Role.PROVINCE_STAFF, 900_001L, "测试机构", "520000", "/520000/", false);
    }
}
