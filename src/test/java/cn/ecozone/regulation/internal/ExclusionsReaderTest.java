package cn.ecozone.regulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Regulation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The exclusions' window rule, parameters and province settings are read and checked (issue 11 §2). */
class ExclusionsReaderTest {

    private static final String FILE = "im-ecociv-2022.yaml";
    private static final String CLOSURE =
            "{key: min_closure_rate, text_zh: \"办结率不低于\", unit: PERCENT, suggested: 95, min: 0, max: 100,";

    @Test
    void readsTheWindowRuleParametersAndSettingsOfTheShippedFile() throws IOException {
        ApplicationRules.Exclusions e = parse(shipped()).application().exclusions();
        assertThat(e.window().textZh()).contains("同一日（含）").contains("2月28日");
        assertThat(e.window().citation().uncertain()).isTrue();
        assertThat(e.parameter("INCIDENT_OR_SANCTION", "sanction_levels")
                        .orElseThrow()
                        .values())
                .containsExactly("MINISTRY");
        assertThat(e.settingsOf("PETITIONS"))
                .extracting(ApplicationRules.ExclusionSetting::key)
                .containsExactly("min_closure_rate", "min_timely_rate");
        ApplicationRules.ExclusionSetting closure = e.settingsOf("PETITIONS").getFirst();
        assertThat(closure.suggested()).isEqualByComparingTo(new BigDecimal("95"));
        assertThat(closure.max()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(closure.citation().noteZh()).startsWith("省级设定，非规程规定");
    }

    @Test
    void refusesASuggestionOutsideItsRange() throws IOException {
        assertRefused(
                shipped().replace(CLOSURE, CLOSURE.replace("suggested: 95", "suggested: 120")),
                "application.exclusions.items[3].settings[0].suggested",
                "outside min..max");
    }

    @Test
    void refusesASettingWithoutTheProvincesNoteAndAnUnknownUnit() throws IOException {
        String text = shipped();
        int start = text.indexOf(CLOSURE);
        int end = text.indexOf('}', start);
        String withoutNote = text.substring(0, start) + CLOSURE + " article: \"第十一条（四）\"" + text.substring(end);
        assertRefused(withoutNote, "application.exclusions.items[3].settings[0].note_zh", "province sets it");
        assertRefused(
                text.replace(CLOSURE, CLOSURE.replace("PERCENT", "PERMILLE")),
                "application.exclusions.items[3].settings[0].unit",
                "unknown value 'PERMILLE'");
    }

    @Test
    void refusesAParameterWithoutValuesOrAKeyUsedTwice() throws IOException {
        assertRefused(
                shipped().replace("values: [WORSE, SIGNIFICANTLY_WORSE]", "values: []"),
                "application.exclusions.items[4].parameters[0].values",
                "at least one value");
        assertRefused(
                shipped().replace("key: sanction_levels", "key: sanction_categories"),
                "application.exclusions.items[2].parameters[3].key",
                "used twice");
    }

    private static void assertRefused(String yaml, String path, String problem) {
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(RegulationFileException.class)
                .hasMessageContaining(FILE + ": " + path)
                .hasMessageContaining(problem);
    }

    private static Regulation parse(String yaml) {
        return RegulationFiles.parse(FILE, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String shipped() throws IOException {
        try (InputStream in = ExclusionsReaderTest.class.getResourceAsStream("/regulations/" + FILE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
