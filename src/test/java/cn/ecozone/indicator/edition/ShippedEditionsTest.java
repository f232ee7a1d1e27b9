package cn.ecozone.indicator.edition;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.indicator.ValueType;
import cn.ecozone.region.RegionLevel;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The edition files shipped in {@code src/main/resources/indicator-editions/}. */
class ShippedEditionsTest {

    private static final String DIRECTORY = "/indicator-editions";

    @Test
    void everyShippedFileParsesAndTheExpectedEditionsAreShipped() throws IOException, URISyntaxException {
        Path directory =
                Path.of(ShippedEditionsTest.class.getResource(DIRECTORY).toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }

        assertThat(files)
                .map(f -> f.getFileName().toString())
                .contains("gz-two-mountains-index.yaml", "beautiful-inner-mongolia.yaml", "ecociv-city-2024.yaml");
        List<EditionDefinition> editions =
                files.stream().map(ShippedEditionsTest::parse).toList();
        assertThat(editions).allSatisfy(e -> assertThat(e.indicators()).isNotEmpty());
        assertThat(editions).map(EditionDefinition::code).doesNotHaveDuplicates();
    }

    @Test
    void guizhouIndexHasTwentyIndicatorsNumberedOneToTwentyInThreeGoals() {
        EditionDefinition gz = shipped("gz-two-mountains-index.yaml");

        assertThat(gz.complete()).isTrue();
        assertThat(gz.groups()).map(GroupDefinition::nameZh).containsExactly("构筑绿水青山", "推动“两山”转化", "建立长效机制");
        assertThat(gz.indicators()).hasSize(20);
        assertThat(gz.indicators())
                .map(IndicatorDefinition::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
        assertThat(gz.indicators().getFirst().targetTextZh()).isEqualTo("超过当年度全省平均水平");
        assertThat(gz.indicators().getFirst().groupCode()).isEqualTo("G1.1");
    }

    @Test
    void eachShippedEditionMarksOneGroupAsItsEnvironmentalQualityDimension() {
        assertThat(qualityGroups(shipped("gz-two-mountains-index.yaml").groups()))
                .containsExactly("G1.1");
        assertThat(qualityGroups(shipped("ecociv-city-2024.yaml").groups())).containsExactly("T2");
        assertThat(qualityGroups(shipped("beautiful-inner-mongolia.yaml").groups()))
                .containsExactly("P5");
    }

    private static List<String> qualityGroups(List<GroupDefinition> groups) {
        List<String> marked = new java.util.ArrayList<>();
        for (GroupDefinition g : groups) {
            if (g.environmentalQuality()) {
                marked.add(g.code());
            }
            marked.addAll(qualityGroups(g.groups()));
        }
        return marked;
    }

    @Test
    void guizhouScoreMethodIsShareMetAndSaysTheSeedGivesNoWeights() {
        ScoreMethod score = shipped("gz-two-mountains-index.yaml").score();

        assertThat(score.method()).isEqualTo(ScoreMethod.SHARE_MET);
        assertThat(score.noteZh()).contains("未规定指标权重");
        assertThat(score.noteEn()).contains("no weights");
    }

    @Test
    void guizhouIndicatorSevenTakesItsThresholdFromTheTerrain() {
        IndicatorDefinition forestAndGrass = indicator(shipped("gz-two-mountains-index.yaml"), "GZ-07");

        assertThat(forestAndGrass.number()).isEqualTo(7);
        assertThat(forestAndGrass.targetKind()).isEqualTo("BY_TERRAIN");
        Map<String, Object> thresholds = map(forestAndGrass.target().get("thresholds"));
        assertThat(thresholds)
                .containsOnlyKeys("MOUNTAIN", "HILL", "PLAIN", "ARID_SEMI_ARID")
                .containsEntry("MOUNTAIN", Map.of("kind", "AT_LEAST", "value", 60))
                .containsEntry("HILL", Map.of("kind", "AT_LEAST", "value", 40))
                .containsEntry("PLAIN", Map.of("kind", "AT_LEAST", "value", 18))
                .containsEntry("ARID_SEMI_ARID", Map.of("kind", "AT_LEAST", "value", 35));
    }

    @Test
    void guizhouIndicatorNineNeedsBothAreasNotToDecrease() {
        IndicatorDefinition areas = indicator(shipped("gz-two-mountains-index.yaml"), "GZ-09");

        assertThat(areas.number()).isEqualTo(9);
        assertThat(areas.targetKind()).isEqualTo("ALL_OF");
        List<Map<String, Object>> parts = ((List<?>) areas.target().get("parts"))
                .stream().map(ShippedEditionsTest::map).toList();
        assertThat(parts).hasSize(2);
        assertThat(parts).map(p -> p.get("name_zh")).containsExactly("生态保护红线面积", "自然保护地面积");
        assertThat(parts).map(p -> p.get("target")).containsOnly(Map.of("kind", "NOT_DECREASE"));
    }

    @Test
    void beautifulInnerMongoliaDatesItsNumericTargetsAndLeavesWordedGoalsToAReviewer() {
        EditionDefinition bim = shipped("beautiful-inner-mongolia.yaml");

        assertThat(indicator(bim, "BIM-14").target()).isEqualTo(Map.of("kind", "AT_MOST", "value", 25, "byYear", 2027));
        assertThat(indicator(bim, "BIM-15").applies().levels()).containsExactly(RegionLevel.PREFECTURE);
        assertThat(bim.indicators())
                .filteredOn(i -> i.code().startsWith("BIM-Q"))
                .isNotEmpty()
                .allSatisfy(i -> {
                    assertThat(i.targetKind()).isEqualTo("MANUAL");
                    assertThat(i.valueType()).isEqualTo(ValueType.YES_NO);
                });
    }

    @Test
    void city2024IndicatorsAreMarkedIncompleteAndFillNoGaps() {
        EditionDefinition city = shipped("ecociv-city-2024.yaml");

        assertThat(city.complete()).isFalse();
        assertThat(city.levels()).containsExactly(RegionLevel.PREFECTURE);
        assertThat(city.indicators())
                .map(IndicatorDefinition::number)
                .doesNotContain(2)
                .allMatch(n -> n <= 13);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static IndicatorDefinition indicator(EditionDefinition edition, String code) {
        return edition.indicators().stream()
                .filter(i -> i.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + code + " in " + edition.code()));
    }

    private static EditionDefinition shipped(String name) {
        try (InputStream in = ShippedEditionsTest.class.getResourceAsStream(DIRECTORY + "/" + name)) {
            assertThat(in).as(name).isNotNull();
            return EditionFiles.parse(name, in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static EditionDefinition parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return EditionFiles.parse(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
