package cn.ecozone.indicator.target;

import static cn.ecozone.indicator.target.Render.zh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.ecozone.region.Terrain;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TargetSpecsTest {

    static Stream<Arguments> specs() {
        return Stream.of(
                Arguments.of(Map.of("kind", "AT_LEAST", "value", 60), new AtLeast(60)),
                Arguments.of(Map.of("kind", "GREATER_THAN", "value", 95.0), new GreaterThan(95)),
                Arguments.of(Map.of("kind", "AT_MOST", "value", 25, "byYear", 2027), new AtMost(25, 2027)),
                Arguments.of(Map.of("kind", "LESS_THAN", "value", 0.5), new LessThan(0.5)),
                Arguments.of(Map.of("kind", "EQUALS", "value", 100), new EqualTo(100)),
                Arguments.of(Map.of("kind", "EQUALS", "value", 100, "tolerance", 0.5), new EqualTo(100, 0.5, null)),
                Arguments.of(Map.of("kind", "STEADY_IMPROVEMENT"), new SteadyImprovement(null, true)),
                Arguments.of(
                        Map.of("kind", "STEADY_IMPROVEMENT", "ceiling", 25, "higherIsBetter", false),
                        new SteadyImprovement(25.0, false)),
                Arguments.of(Map.of("kind", "NOT_DECREASE"), new NotDecrease()),
                Arguments.of(Map.of("kind", "STABLE_OR_IMPROVING"), new StableOrImproving(0, true)),
                Arguments.of(
                        Map.of("kind", "CHANGE_ABOVE", "value", -1),
                        new ChangeAbove(-1, ChangeAbove.Baseline.PREVIOUS_YEAR)),
                Arguments.of(
                        Map.of("kind", "CHANGE_ABOVE", "value", -1, "baseline", "BASELINE"),
                        new ChangeAbove(-1, ChangeAbove.Baseline.BASELINE)),
                Arguments.of(Map.of("kind", "ABOVE_REFERENCE_AVERAGE"), new AboveReferenceAverage(true)),
                Arguments.of(
                        Map.of("kind", "ABOVE_REFERENCE_AVERAGE", "strict", false), new AboveReferenceAverage(false)),
                Arguments.of(Map.of("kind", "ESTABLISHED"), new Established()),
                Arguments.of(Map.of("kind", "CARRIED_OUT"), new CarriedOut()),
                Arguments.of(Map.of("kind", "OBTAINED"), new Obtained()),
                Arguments.of(Map.of("kind", "TASK_COMPLETED", "note", "文字说明"), new TaskCompleted()),
                Arguments.of(Map.of("kind", "MANUAL"), new Manual(null, null)),
                Arguments.of(Map.of("kind", "MANUAL", "criterion", "有效保障"), new Manual("有效保障", null)),
                Arguments.of(Map.of("kind", "at_least", "value", 1), new AtLeast(1)));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void parsesEverySimpleKind(Map<String, ?> spec, Target expected) {
        assertThat(TargetSpecs.parse(spec)).isEqualTo(expected);
    }

    @Test
    void kindsListsEverySupportedKind() {
        assertThat(TargetSpecs.kinds())
                .containsExactlyInAnyOrder(
                        "AT_LEAST",
                        "GREATER_THAN",
                        "AT_MOST",
                        "LESS_THAN",
                        "EQUALS",
                        "STEADY_IMPROVEMENT",
                        "NOT_DECREASE",
                        "STABLE_OR_IMPROVING",
                        "CHANGE_ABOVE",
                        "ABOVE_REFERENCE_AVERAGE",
                        "GRADE_AT_LEAST",
                        "ESTABLISHED",
                        "CARRIED_OUT",
                        "OBTAINED",
                        "TASK_COMPLETED",
                        "BY_TERRAIN",
                        "ALL_OF",
                        "MANUAL");
    }

    @Test
    void parsedKindNamesMatchTheirSpecNames() {
        for (Arguments arguments : specs().toList()) {
            Target target = (Target) arguments.get()[1];
            assertThat(TargetSpecs.kinds()).contains(target.kind());
        }
    }

    @Test
    void parsesByTerrainWithEnumOrChineseTerrainNames() {
        Map<String, Object> spec = Map.of(
                "kind",
                "BY_TERRAIN",
                "thresholds",
                Map.of(
                        "MOUNTAIN",
                        Map.of("kind", "AT_LEAST", "value", 60),
                        "干旱半干旱地区",
                        Map.of("kind", "AT_LEAST", "value", 35)));

        assertThat(TargetSpecs.parse(spec))
                .isEqualTo(new ByTerrain(
                        Map.of(Terrain.MOUNTAIN, new AtLeast(60), Terrain.ARID_SEMI_ARID, new AtLeast(35))));
    }

    @Test
    void parsesAllOfWithNamedParts() {
        Map<String, Object> spec = Map.of(
                "kind",
                "ALL_OF",
                "parts",
                List.of(
                        Map.of("key", "redline_area", "name_zh", "生态保护红线面积", "target", Map.of("kind", "NOT_DECREASE")),
                        Map.of(
                                "key",
                                "protected_area",
                                "name_zh",
                                "自然保护地面积",
                                "name_en",
                                "Protected areas",
                                "target",
                                Map.of("kind", "NOT_DECREASE"))));

        assertThat(TargetSpecs.parse(spec))
                .isEqualTo(new AllOf(List.of(
                        new AllOf.Part("redline_area", "生态保护红线面积", null, new NotDecrease()),
                        new AllOf.Part("protected_area", "自然保护地面积", "Protected areas", new NotDecrease()))));
    }

    private static TargetSpecException failure(Map<String, ?> spec) {
        return catchThrowableOfType(TargetSpecException.class, () -> TargetSpecs.parse(spec));
    }

    @Test
    void unknownKindNamesThePathAndTheSupportedKinds() {
        TargetSpecException e = failure(Map.of("kind", "AT_LEAST_ISH", "value", 1));

        assertThat(e.path()).isEqualTo("target.kind");
        assertThat(e.getMessage()).contains("AT_LEAST_ISH").contains("BY_TERRAIN");
        assertThat(zh(e.text())).startsWith("目标定义有误（target.kind）：不支持的目标类型“AT_LEAST_ISH”");
    }

    @Test
    void missingKindIsNamed() {
        assertThat(failure(Map.of("value", 1)).path()).isEqualTo("target.kind");
    }

    @Test
    void missingValueIsNamed() {
        TargetSpecException e = failure(Map.of("kind", "GREATER_THAN"));

        assertThat(e.path()).isEqualTo("target.value");
        assertThat(e.getMessage()).isEqualTo("target.value: required but missing");
        assertThat(zh(e.text())).isEqualTo("目标定义有误（target.value）：缺少必填项");
    }

    @Test
    void aQuotedNumberIsRefused() {
        TargetSpecException e = failure(Map.of("kind", "AT_LEAST", "value", "95"));

        assertThat(e.path()).isEqualTo("target.value");
        assertThat(e.problem().key()).isEqualTo("spec.notNumber");
    }

    @Test
    void aMisspeltParameterIsRefusedRatherThanIgnored() {
        TargetSpecException e = failure(Map.of("kind", "EQUALS", "value", 100, "tolerence", 1));

        assertThat(e.path()).isEqualTo("target.tolerence");
        assertThat(e.getMessage()).contains("allowed: byYear, tolerance, value");
    }

    @Test
    void badParameterValuesAreNamed() {
        assertThat(failure(Map.of("kind", "EQUALS", "value", 100, "tolerance", -1))
                        .path())
                .isEqualTo("target.tolerance");
        assertThat(failure(Map.of("kind", "AT_MOST", "value", 25, "byYear", 2027.5))
                        .path())
                .isEqualTo("target.byYear");
        assertThat(failure(Map.of("kind", "ABOVE_REFERENCE_AVERAGE", "strict", "yes"))
                        .path())
                .isEqualTo("target.strict");
        TargetSpecException baseline = failure(Map.of("kind", "CHANGE_ABOVE", "value", -1, "baseline", "LAST_YEAR"));
        assertThat(baseline.path()).isEqualTo("target.baseline");
        assertThat(baseline.getMessage()).contains("PREVIOUS_YEAR, BASELINE");
    }

    @Test
    void byTerrainWithAnUnknownTerrainNameNamesIt() {
        Map<String, Object> spec =
                Map.of("kind", "BY_TERRAIN", "thresholds", Map.of("FOREST", Map.of("kind", "AT_LEAST", "value", 60)));

        TargetSpecException e = failure(spec);
        assertThat(e.path()).isEqualTo("target.thresholds.FOREST");
        assertThat(e.problem().key()).isEqualTo("spec.unknownTerrain");
    }

    @Test
    void byTerrainRefusesUnknownAndDuplicateTerrains() {
        Map<String, Object> unknown =
                Map.of("kind", "BY_TERRAIN", "thresholds", Map.of("UNKNOWN", Map.of("kind", "AT_LEAST", "value", 60)));
        Map<String, Object> twice = new LinkedHashMap<>();
        twice.put("MOUNTAIN", Map.of("kind", "AT_LEAST", "value", 60));
        twice.put("山区", Map.of("kind", "AT_LEAST", "value", 50));

        assertThat(failure(unknown).path()).isEqualTo("target.thresholds.UNKNOWN");
        assertThat(failure(Map.of("kind", "BY_TERRAIN", "thresholds", twice)).path())
                .isEqualTo("target.thresholds.山区");
        assertThat(failure(Map.of("kind", "BY_TERRAIN", "thresholds", Map.of())).path())
                .isEqualTo("target.thresholds");
    }

    @Test
    void aBadNestedThresholdNamesTheFullPath() {
        Map<String, Object> spec = Map.of(
                "kind", "BY_TERRAIN", "thresholds", Map.of("MOUNTAIN", Map.of("kind", "AT_LEAST", "value", "六十")));

        assertThat(failure(spec).path()).isEqualTo("target.thresholds.MOUNTAIN.value");
    }

    @Test
    void allOfWithoutPartsIsRefused() {
        TargetSpecException missing = failure(Map.of("kind", "ALL_OF"));
        TargetSpecException empty = failure(Map.of("kind", "ALL_OF", "parts", List.of()));

        assertThat(missing.path()).isEqualTo("target.parts");
        assertThat(missing.problem().key()).isEqualTo("spec.missing");
        assertThat(empty.path()).isEqualTo("target.parts");
        assertThat(empty.problem().key()).isEqualTo("spec.empty");
    }

    @Test
    void allOfPartProblemsNameThePartIndex() {
        Map<String, Object> good = Map.of("key", "a", "name_zh", "甲", "target", Map.of("kind", "NOT_DECREASE"));
        Map<String, Object> noTarget = Map.of("key", "b", "name_zh", "乙");
        Map<String, Object> sameKey = Map.of("key", "a", "name_zh", "丙", "target", Map.of("kind", "NOT_DECREASE"));
        Map<String, Object> nested =
                Map.of("key", "c", "name_zh", "丁", "target", Map.of("kind", "ALL_OF", "parts", List.of(good)));

        assertThat(failure(Map.of("kind", "ALL_OF", "parts", List.of(good, noTarget)))
                        .path())
                .isEqualTo("target.parts[1].target");
        assertThat(failure(Map.of("kind", "ALL_OF", "parts", List.of(good, sameKey)))
                        .path())
                .isEqualTo("target.parts[1].key");
        assertThat(failure(Map.of("kind", "ALL_OF", "parts", List.of(good, nested)))
                        .path())
                .isEqualTo("target.parts[1].target.kind");
        assertThat(failure(Map.of("kind", "ALL_OF", "parts", List.of("redline_area")))
                        .path())
                .isEqualTo("target.parts[0]");
    }
}
