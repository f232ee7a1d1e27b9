package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.indicator.internal.Values;
import cn.ecozone.indicator.internal.demo.DemoSeries;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Response;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The demo profile generates synthetic indicator values 2020–2025 for every Guizhou county (Two Mountains Index) and
 * for Inner Mongolia and its 12 leagues and cities (Beautiful Inner Mongolia targets), typed as the editions require,
 * labelled synthetic, the same on every start, and only once.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-demo-data;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataIT {

    private static final String GUIZHOU = DemoSeries.GUIZHOU;
    private static final String BIM = DemoSeries.INNER_MONGOLIA;
    private static final String CHISHUI = "520381";

    @LocalServerPort
    int port;

    @Autowired
    Values values;

    @Autowired
    EditionCatalog catalog;

    @Autowired
    RegionManagement regions;

    @Autowired
    ApplicationContext context;

    private List<ValueEntity> all;

    @BeforeAll
    void readEverything() {
        all = values.findAll();
    }

    private List<ValueEntity> of(String edition) {
        return all.stream().filter(v -> v.editionCode().equals(edition)).toList();
    }

    @Test
    void everyGuizhouCountyHasEveryIndexIndicatorForEveryYear2020To2025() {
        Set<String> counties = regions.descendants("520000", RegionLevel.COUNTY).stream()
                .map(r -> r.code())
                .collect(Collectors.toSet());
        List<ValueEntity> guizhou = of(GUIZHOU);

        assertThat(counties).hasSize(88);
        assertThat(guizhou).hasSize(88 * 20 * 6);
        assertThat(guizhou.stream().map(ValueEntity::regionCode).collect(Collectors.toSet()))
                .isEqualTo(counties);
        assertThat(guizhou.stream().map(ValueEntity::year).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(2020, 2021, 2022, 2023, 2024, 2025);
    }

    @Test
    void innerMongoliaHasItsRegionWideAndLeagueTargets() {
        List<ValueEntity> bim = of(BIM);
        Map<String, Set<String>> indicatorsByRegion = new HashMap<>();
        bim.forEach(v -> indicatorsByRegion
                .computeIfAbsent(v.regionCode(), k -> new HashSet<>())
                .add(v.indicatorCode()));

        // the region itself and its 12 leagues and cities
        assertThat(indicatorsByRegion).hasSize(13);
        // every numeric region-wide target (not the MANUAL goals, not the league rows)
        assertThat(indicatorsByRegion.get("150000"))
                .containsExactlyInAnyOrder(
                        "BIM-01",
                        "BIM-02",
                        "BIM-03",
                        "BIM-04",
                        "BIM-05",
                        "BIM-06",
                        "BIM-07",
                        "BIM-08",
                        "BIM-10",
                        "BIM-11",
                        "BIM-12",
                        "BIM-13",
                        "BIM-14",
                        "BIM-16",
                        "BIM-17",
                        "BIM-17-2035");
        assertThat(indicatorsByRegion.get("152500")).containsExactlyInAnyOrder("BIM-09", "BIM-15");
        assertThat(bim).hasSize(16 * 6 + 12 * 2 * 6);
    }

    @Test
    void everyValueIsLabelledSyntheticWithItsSource() {
        assertThat(all).isNotEmpty().allSatisfy(v -> {
            assertThat(v.synthetic()).isTrue();
            assertThat(v.source()).isEqualTo("演示数据（合成）");
        });
    }

    @Test
    void valuesAreTypedAsTheEditionsRequire() {
        Map<String, ValueType> types = new HashMap<>();
        for (String edition : List.of(GUIZHOU, BIM)) {
            catalog.require(edition).rows().forEach(r -> types.put(edition + "/" + r.code(), r.valueType()));
        }
        for (ValueEntity v : all) {
            ValueType type = types.get(v.editionCode() + "/" + v.indicatorCode());
            if (v.indicatorCode().equals("GZ-09")) {
                assertThat(v.numberValue()).isNull();
                assertThat(v.parts()).contains("\"redline_area\":").contains("\"protected_area_area\":");
            } else if (type == ValueType.YES_NO) {
                assertThat(v.flagValue()).as(v.indicatorCode()).isNotNull();
                assertThat(v.numberValue()).isNull();
            } else {
                assertThat(v.numberValue()).as(v.indicatorCode()).isNotNull();
                assertThat(v.flagValue()).isNull();
                if (type == ValueType.PERCENTAGE) {
                    assertThat(v.numberValue()).as(v.indicatorCode()).isBetween(0.0, 100.0);
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        // a value as generated on every start (DemoSeries.SEED): region-wide PM2.5 of 2024
        assertThat(values.find(BIM, "BIM-14", "150000", 2024).orElseThrow().numberValue())
                .isEqualTo(26.5);
        assertThat(values.find(GUIZHOU, "GZ-01", CHISHUI, 2025).orElseThrow().numberValue())
                .isEqualTo(99.6);

        // and 赤水市's stored values are exactly what the generator gives again
        Map<String, Object> stored = new HashMap<>();
        of(GUIZHOU).stream()
                .filter(v -> v.regionCode().equals(CHISHUI))
                .forEach(v -> stored.put(v.indicatorCode() + "/" + v.year(), v.display()));
        Map<String, Object> again = new HashMap<>();
        for (DemoSeries.Cell cell : DemoSeries.generate(catalog.require(GUIZHOU), CHISHUI, RegionLevel.COUNTY)) {
            ValueEntity v = new ValueEntity(GUIZHOU, cell.indicator(), CHISHUI, "/", cell.year());
            v.enter(
                    cell.number(),
                    cell.flag(),
                    cell.parts() == null
                            ? null
                            : tools.jackson.databind.json.JsonMapper.builder()
                                    .build()
                                    .writeValueAsString(cell.parts()),
                    null,
                    null,
                    null,
                    null,
                    null);
            again.put(cell.indicator() + "/" + cell.year(), v.display());
        }
        assertThat(stored).hasSize(120).isEqualTo(again);
    }

    @Test
    void runningTheGeneratorAgainAddsNothing() throws Exception {
        long before = values.count();
        context.getBean("demoIndicatorData", cn.ecozone.shared.StartupTask.class)
                .run();
        assertThat(values.count()).isEqualTo(before);
    }

    @Test
    void aGuizhouCountyScorecardFor2025IsMarkedSynthetic() {
        Browser county = new Browser(port);
        assertThat(county.login("cs.gov", "Demo@2026").status()).isEqualTo(200);

        Response card = county.get("/api/evaluations?edition=" + GUIZHOU + "&region=" + CHISHUI + "&year=2025");

        assertThat(card.status()).as(card.toString()).isEqualTo(200);
        assertThat(card.json().get("synthetic").asBoolean()).isTrue();
        assertThat(card.json().get("summary").get("noData").asInt()).isZero();
        // the year is left open: no submissions are generated
        JsonNode year = county.get("/api/indicator-values?edition=" + GUIZHOU + "&region=" + CHISHUI + "&year=2025")
                .json();
        assertThat(year.get("state").asString()).isEqualTo("OPEN");
        assertThat(year.get("mayEdit").asBoolean()).isTrue();
    }

    @Test
    void theInnerMongoliaDashboardHasDataForEveryDatedTargetAndSaysItIsSynthetic() {
        Browser staff = new Browser(port);
        assertThat(staff.login("im.staff", "Demo@2026").status()).isEqualTo(200);

        JsonNode report = staff.get("/api/progress?edition=" + BIM + "&region=150000&baseYear=2020&year=2024")
                .json();

        assertThat(report.get("synthetic").asBoolean()).isTrue();
        assertThat(report.get("rows")).hasSize(15).allSatisfy(row -> {
            assertThat(row.get("category").asString()).isNotEqualTo("NO_DATA");
            assertThat(row.get("synthetic").asBoolean()).isTrue();
        });
        Set<String> categories = new HashSet<>();
        report.get("rows").forEach(r -> categories.add(r.get("category").asString()));
        assertThat(categories).as("a mix of categories").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theDemoCountiesHaveATerrainSoForestAndGrassCoverIsJudgedThere() {
        assertThat(regions.require(CHISHUI).terrain()).isEqualTo(cn.ecozone.region.Terrain.MOUNTAIN);
        assertThat(regions.require("152502").terrain()).isEqualTo(cn.ecozone.region.Terrain.ARID_SEMI_ARID);
        Browser staff = new Browser(port);
        assertThat(staff.login("gz.staff", "Demo@2026").status()).isEqualTo(200);

        JsonNode card = staff.get("/api/evaluations?edition=" + GUIZHOU + "&region=" + CHISHUI + "&year=2025")
                .json();

        JsonNode forest = null;
        for (JsonNode row : card.get("rows")) {
            if (row.get("code").asString().equals("GZ-07")) {
                forest = row;
            }
        }
        assertThat(forest).isNotNull();
        // 山区≥60% (GZ no. 7): judged against the mountain threshold, not left for judgement
        assertThat(forest.get("status").asString()).isIn("MET", "NOT_MET");
        assertThat(forest.get("appliedTarget").asString()).contains("60");
    }
}
