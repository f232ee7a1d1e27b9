package cn.ecozone.shared.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shared strict reader refuses what a data file must not contain, naming file and field path. */
class StrictYamlTest {

    /** The caller's exception type, as regulations and editions pass their own. */
    static final class TestFileException extends RuntimeException {
        TestFileException(String file, String path, String problem) {
            super(file + ": " + path + ": " + problem);
        }
    }

    private static YamlFields load(String yaml, StrictYaml.Dialect dialect) {
        return StrictYaml.load(
                "t.yaml",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                dialect,
                TestFileException::new);
    }

    private static YamlFields load(String yaml) {
        return load(yaml, StrictYaml.Dialect.LOWER_CASE_BOOLEANS);
    }

    @Test
    void readsTypedFieldsOfNestedMappings() {
        YamlFields root =
                load("code: \" A1 \"\nsub: {n: 3, on: true, day: 2021-03-31}\n").allowOnly("code", "sub");
        YamlFields sub = root.mapping("sub").allowOnly("n", "on", "day");

        assertThat(root.string("code", 10)).isEqualTo("A1");
        assertThat(sub.positiveInteger("n")).isEqualTo(3);
        assertThat(sub.flag("on")).isTrue();
        assertThat(sub.date("day")).hasToString("2021-03-31");
        assertThat(sub.flag("absent")).isFalse();
    }

    @Test
    void unknownKeyIsRefusedWithTheAllowedKeys() {
        YamlFields root = load("code: A\nsub: {nmae: x}\n");

        assertThatThrownBy(() -> root.mapping("sub").allowOnly("name", "code"))
                .isInstanceOf(TestFileException.class)
                .hasMessage("t.yaml: sub.nmae: unknown field (allowed: code, name)");
    }

    @Test
    void wrongTypeIsRefusedNamingTheFoundValue() {
        YamlFields root = load("items:\n  - {n: seven}\n");

        assertThatThrownBy(() -> root.mappings("items").getFirst().integer("n"))
                .isInstanceOf(TestFileException.class)
                .hasMessage("t.yaml: items[0].n: expected a whole number but found 'seven'");
    }

    @Test
    void missingRequiredFieldIsRefused() {
        YamlFields root = load("code: A\n");

        assertThatThrownBy(() -> root.string("title", 10))
                .isInstanceOf(TestFileException.class)
                .hasMessage("t.yaml: title: required field is missing");
    }

    @Test
    void yesAndCapitalisedBooleansAreTextUnlessTheDialectAllowsCapitals() {
        assertThatThrownBy(() -> load("a: yes\n").flag("a"))
                .hasMessage("t.yaml: a: expected true or false but found 'yes'");
        assertThatThrownBy(() -> load("a: True\n").flag("a"))
                .hasMessage("t.yaml: a: expected true or false but found 'True'");
        assertThat(load("a: True\n", StrictYaml.Dialect.ANY_CASE_BOOLEANS_AND_MERGE_KEYS)
                        .flag("a"))
                .isTrue();
    }

    @Test
    void duplicateKeysAndEmptyFilesAreRefusedAtTheRoot() {
        assertThatThrownBy(() -> load("a: 1\na: 2\n"))
                .isInstanceOf(TestFileException.class)
                .hasMessageStartingWith("t.yaml: $: not valid YAML at line 2");
        assertThatThrownBy(() -> load("")).hasMessage("t.yaml: $: the file is empty");
    }
}
