package cn.ecozone.indicator.target;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.indicator.Attainment;
import cn.ecozone.region.Terrain;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Renders every message the targets, progress and spec errors produce with both bundles, so a missing key or a
 * placeholder without argument fails, and checks that every key in the bundles is produced by something.
 */
class MessageBundlesTest {

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothBundlesHaveTheSameKeysAndNoApostrophes() throws IOException {
        Properties zh = load("indicator_messages.properties");
        Properties en = load("indicator_messages_en.properties");

        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        for (Properties bundle : List.of(zh, en)) {
            bundle.forEach(
                    (key, pattern) -> assertThat((String) pattern).as("%s", key).doesNotContain("'"));
        }
    }

    @Test
    void theChineseBundleIsTheBaseWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Text.of("target.MANUAL.describe").render(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("由审核人员研判");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void everyProducedMessageRendersInBothLanguagesAndEveryKeyIsProduced() throws IOException {
        List<Text> texts = new ArrayList<>(producedTexts());
        TargetSpecs.kinds().forEach(kind -> texts.add(TargetSpecs.name(kind)));
        Set<String> used = new TreeSet<>();
        for (Text text : texts) {
            collectKeys(text, used);
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                ResourceBundle bundle = Text.bundle(locale);
                String rendered = text.render(bundle);
                assertThat(rendered).as("%s in %s", text, locale).isNotBlank().doesNotContainPattern("\\{\\d+}");
            }
        }
        Set<String> unused = new TreeSet<>(load("indicator_messages.properties").stringPropertyNames());
        unused.removeAll(used);
        assertThat(unused).as("keys in the bundle that nothing produces").isEmpty();
    }

    private static void collectKeys(Text text, Set<String> keys) {
        keys.add(text.key());
        text.args().stream().filter(Text.class::isInstance).forEach(arg -> collectKeys((Text) arg, keys));
    }

    private static List<Text> producedTexts() {
        List<Target> targets = new ArrayList<>(List.of(
                new AtLeast(60, 2027),
                new GreaterThan(95),
                new AtMost(25),
                new LessThan(0.5),
                new EqualTo(100),
                new EqualTo(100, 0.5, null),
                new SteadyImprovement(null, true),
                new SteadyImprovement(null, false),
                new NotDecrease(),
                new StableOrImproving(0, true),
                new StableOrImproving(0.5, false),
                new ChangeAbove(-1, ChangeAbove.Baseline.PREVIOUS_YEAR),
                new ChangeAbove(0, ChangeAbove.Baseline.BASELINE),
                new AboveReferenceAverage(true),
                new AboveReferenceAverage(false),
                new Established(),
                new CarriedOut(),
                new Obtained(),
                new TaskCompleted(),
                new Manual(null, null),
                new Manual("有效保障", "Effectively ensured"),
                new GradeAtLeast("良"),
                new ByTerrain(Map.of(
                        Terrain.MOUNTAIN,
                        new AtLeast(60),
                        Terrain.HILL,
                        new AtLeast(40),
                        Terrain.PLAIN,
                        new AtLeast(18),
                        Terrain.ARID_SEMI_ARID,
                        new AtLeast(35))),
                new ByTerrain(Map.of(Terrain.MOUNTAIN, new AtLeast(60))),
                new AllOf(List.of(
                        new AllOf.Part("a", "甲", "A", new NotDecrease()),
                        new AllOf.Part("b", "乙", null, new Established())))));
        List<Facts> facts = new ArrayList<>();
        for (Double value : new Double[] {null, 0.0, 50.0, 59.9, 60.0, 100.0}) {
            for (Double previous : new Double[] {null, 50.0, 60.0, 100.0}) {
                for (Boolean flag : new Boolean[] {null, true, false}) {
                    facts.add(Facts.builder()
                            .value(value)
                            .previousValue(previous)
                            .baselineValue(previous)
                            .flag(flag)
                            .referenceAverage(
                                    previous,
                                    previous == null ? null : previous > 55 ? Facts.COMPUTED : Facts.PUBLISHED)
                            .terrain(flag == null ? Terrain.UNKNOWN : flag ? Terrain.MOUNTAIN : Terrain.PLAIN)
                            .part("a", value, previous)
                            .unit("%")
                            .build());
                }
            }
        }
        facts.add(Facts.builder()
                .value(50.0)
                .previousValue(50.0)
                .referenceAverage(40.0, "ESTIMATED")
                .build());
        facts.add(Facts.builder().terrain(Terrain.HILL).value(41.0).build());
        facts.add(Facts.builder().terrain(Terrain.ARID_SEMI_ARID).value(41.0).build());
        facts.add(Facts.builder().judgement(Attainment.MET, "理由").build());
        facts.add(Facts.builder().judgement(Attainment.NOT_MET, "理由").build());
        facts.add(Facts.builder().judgement(Attainment.MET, "").build());
        for (String grade : new String[] {"优", "良", "差", "较好"}) {
            facts.add(Facts.builder().grade(grade, List.of("优", "良", "中", "差")).build());
        }
        List<Text> texts = new ArrayList<>();
        for (Target target : targets) {
            for (Facts fact : facts) {
                texts.add(target.evaluate(fact).reason());
                texts.add(target.describe(fact));
            }
        }
        texts.add(Progress.assess(30, 2020, 27, 2024, 25, 2027, false).explanation());
        texts.add(Progress.assess(30, 2020, 28, 2024, 25, 2027, false).explanation());
        texts.add(Progress.assess(30, 2020, 29, 2024, 25, 2027, false).explanation());
        texts.add(Progress.assess(30, 2020, 31, 2024, 25, 2027, false).explanation());
        texts.add(Progress.assess(30, 2020, 24, 2024, 25, 2027, false).explanation());
        texts.add(Progress.assess(0, 2020, 3, 2024, 10, 2030, true).explanation());
        for (Map<String, ?> bad : badSpecs()) {
            try {
                TargetSpecs.parse(bad);
                throw new AssertionError("parsed " + bad);
            } catch (TargetSpecException e) {
                texts.add(e.text());
            }
        }
        return texts;
    }

    private static List<Map<String, ?>> badSpecs() {
        return List.of(
                Map.of("kind", "NOPE"),
                Map.of("kind", "AT_LEAST"),
                Map.of("kind", "AT_LEAST", "value", "1"),
                Map.of("kind", "AT_LEAST", "value", 1, "byYear", 1999),
                Map.of("kind", "AT_LEAST", "value", 1, "extra", 1),
                Map.of("kind", "EQUALS", "value", 1, "tolerance", -1),
                Map.of("kind", "ABOVE_REFERENCE_AVERAGE", "strict", "yes"),
                Map.of("kind", "CHANGE_ABOVE", "value", 1, "baseline", "X"),
                Map.of("kind", 7),
                Map.of("kind", "BY_TERRAIN", "thresholds", List.of()),
                Map.of("kind", "BY_TERRAIN", "thresholds", Map.of()),
                Map.of("kind", "BY_TERRAIN", "thresholds", Map.of("X", Map.of("kind", "ESTABLISHED"))),
                Map.of("kind", "ALL_OF", "parts", "a"),
                Map.of(
                        "kind",
                        "ALL_OF",
                        "parts",
                        List.of(
                                Map.of("key", "a", "name_zh", "甲", "target", Map.of("kind", "ESTABLISHED")),
                                Map.of("key", "a", "name_zh", "乙", "target", Map.of("kind", "ESTABLISHED")))),
                Map.of(
                        "kind",
                        "ALL_OF",
                        "parts",
                        List.of(Map.of(
                                "key",
                                "a",
                                "name_zh",
                                "甲",
                                "target",
                                Map.of(
                                        "kind",
                                        "ALL_OF",
                                        "parts",
                                        List.of(Map.of(
                                                "key",
                                                "b",
                                                "name_zh",
                                                "乙",
                                                "target",
                                                Map.of("kind", "ESTABLISHED"))))))));
    }
}
