package cn.ecozone.indicator.target;

import static cn.ecozone.indicator.target.Render.en;
import static cn.ecozone.indicator.target.Render.zh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mockStatic;

import cn.ecozone.indicator.Attainment;
import cn.ecozone.region.Terrain;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.MockedStatic;

/**
 * A verdict is reached without building its reason in words: a summary of many regions reads the verdicts only, and
 * building the reasons was most of the whole country's allocation (issue 10, "whole country", fourth pass). Texts are
 * counted as calls of {@link Text}'s factories ({@code of}, {@code literal}, {@code join}), through which every target
 * builds them.
 */
class LazyReasonTest {

    private static final List<String> GRADES = List.of("优", "良", "中", "差");

    /** One target of every kind. */
    private static List<Target> everyKind() {
        return List.of(
                new AtLeast(60),
                new GreaterThan(60),
                new AtMost(25, 2027),
                new LessThan(25),
                new EqualTo(100, 0.5, null),
                new SteadyImprovement(null, true),
                new SteadyImprovement(null, false),
                new NotDecrease(),
                new StableOrImproving(0.5, true),
                new ChangeAbove(-1, ChangeAbove.Baseline.PREVIOUS_YEAR),
                new ChangeAbove(0, ChangeAbove.Baseline.BASELINE),
                new AboveReferenceAverage(true),
                new Established(),
                new CarriedOut(),
                new Obtained(),
                new TaskCompleted(),
                new ByTerrain(Map.of(Terrain.MOUNTAIN, new AtLeast(60), Terrain.PLAIN, new AtLeast(18))),
                new AllOf(List.of(
                        new AllOf.Part("area", "面积", "Area", new NotDecrease()),
                        new AllOf.Part("value", "实际值", null, new AtLeast(90)))),
                new Manual("有效保障", null),
                new GradeAtLeast("良"));
    }

    /** Facts for every branch: met, not met, no data, needs judgement (terrain, average, grade, judgement). */
    private static List<Facts> facts() {
        return List.of(
                full(62.3, 60.1, true, Terrain.MOUNTAIN, Attainment.MET, "良"),
                full(12.0, 30.0, false, Terrain.PLAIN, Attainment.NOT_MET, "差"),
                full(100.0, 100.0, true, Terrain.HILL, null, "甲"),
                Facts.builder().value(50.0).unit("%").terrain(Terrain.UNKNOWN).build(),
                Facts.empty());
    }

    private static Facts full(
            double value, double previous, boolean flag, Terrain terrain, Attainment judgement, String grade) {
        return Facts.builder()
                .value(value)
                .previousValue(previous)
                .baselineValue(previous - 1)
                .referenceAverage(previous, Facts.COMPUTED)
                .flag(flag)
                .part("area", value, previous)
                .terrain(terrain)
                .unit("%")
                .judgement(judgement, "经现场核查")
                .grade(grade, GRADES)
                .build();
    }

    static Stream<Arguments> targetsAndFacts() {
        List<Arguments> cases = new ArrayList<>();
        for (Target target : everyKind()) {
            for (Facts facts : facts()) {
                cases.add(Arguments.of(target.kind(), target, facts));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {index}")
    @MethodSource("targetsAndFacts")
    void evaluatingBuildsNoTextUntilTheReasonIsAskedForAndThenTheSameWords(String kind, Target target, Facts facts) {
        String zh = zh(target.evaluate(facts).reason());
        String en = en(target.evaluate(facts).reason());

        Outcome outcome;
        try (MockedStatic<Text> texts = mockStatic(Text.class, CALLS_REAL_METHODS)) {
            outcome = target.evaluate(facts);
            texts.verifyNoInteractions();
        }

        assertThat(zh(outcome.reason())).isEqualTo(zh);
        assertThat(en(outcome.reason())).isEqualTo(en);
    }

    @Test
    void theCasesReachEveryStatus() {
        Set<Attainment> reached = EnumSet.noneOf(Attainment.class);
        for (Target target : everyKind()) {
            for (Facts facts : facts()) {
                reached.add(target.evaluate(facts).status());
            }
        }

        assertThat(reached)
                .contains(Attainment.MET, Attainment.NOT_MET, Attainment.NO_DATA, Attainment.NEEDS_JUDGEMENT);
        assertThat(everyKind().stream().map(Target::kind).distinct()).containsAll(TargetSpecs.kinds());
    }

    @Test
    void outcomesWithTheSameVerdictAndWordsAreEqualWhetherTheirReasonWasBuiltEarlyOrLate() {
        Outcome early = Outcome.metIf(true, 2.3, Text.of("target.noValue"));
        Outcome late = Outcome.metIf(true, 2.3, () -> Text.of("target.noValue"));

        assertThat(late).isEqualTo(early).hasSameHashCodeAs(early);
        assertThat(late).isNotEqualTo(Outcome.metIf(false, 2.3, () -> Text.of("target.noValue")));
    }
}
