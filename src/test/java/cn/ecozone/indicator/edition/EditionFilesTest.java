package cn.ecozone.indicator.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.ecozone.indicator.Binding;
import cn.ecozone.indicator.ValueType;
import cn.ecozone.region.RegionLevel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Parsing edition files: what a good file yields, and how a bad one is refused. */
class EditionFilesTest {

    private static final String FILE = "test-edition.yaml";

    /** A small valid edition; the bad files below are this one with one thing broken. */
    private static final String VALID = """
            code: TEST-1
            version: 1
            title_zh: 测试指标体系
            title_en: Test indicator system
            issuer_zh: 测试厅
            document_zh: 测试规程
            issued: 2021-03-31
            issued_uncertain: true
            source: "test"
            complete: true
            levels: [COUNTY, PREFECTURE]
            first_year: 2020
            last_year: 2035
            score:
              method: SHARE_MET
              note_zh: 暂行方法
              note_en: interim method
            groups:
              - code: G1
                name_zh: 构筑绿水青山
                name_en: Green
                indicators:
                  - code: T-01
                    number: 1
                    name_zh: 指标一
                    name_en: One
                    unit: "%"
                    value_type: PERCENTAGE
                    binding: BINDING
                    target_text_zh: ">95%"
                    target: {kind: GREATER_THAN, value: 95}
                    source: "test 1"
                groups:
                  - code: G1.1
                    name_zh: 环境质量
                    name_en: Quality
                    indicators:
                      - code: T-02
                        number: 2
                        name_zh: 指标二
                        name_en: Two
                        value_type: YES_NO
                        binding: REFERENCE
                        applies: {levels: [COUNTY], grassland: true}
                        target_text_zh: 建立实施
                        target: {kind: ESTABLISHED}
                        uncertain: true
                        source: "test 2"
            """;

    @Test
    void parsesAValidFileWithNestedGroupsInFileOrder() {
        EditionDefinition edition = parse(VALID);

        assertThat(edition.code()).isEqualTo("TEST-1");
        assertThat(edition.issued()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(edition.issuedUncertain()).isTrue();
        assertThat(edition.levels()).containsExactly(RegionLevel.COUNTY, RegionLevel.PREFECTURE);
        assertThat(edition.indicators()).map(IndicatorDefinition::code).containsExactly("T-01", "T-02");
        IndicatorDefinition second = edition.indicators().get(1);
        assertThat(second.groupCode()).isEqualTo("G1.1");
        assertThat(second.valueType()).isEqualTo(ValueType.YES_NO);
        assertThat(second.binding()).isEqualTo(Binding.REFERENCE);
        assertThat(second.uncertain()).isTrue();
        assertThat(second.applies().levels()).containsExactly(RegionLevel.COUNTY);
        assertThat(second.applies().grassland()).isTrue();
        assertThat(edition.indicators().getFirst().applies()).isNull();
        assertThat(edition.indicators().getFirst().target()).containsEntry("value", 95);
    }

    @Test
    void unknownValueTypeIsRefusedNamingFileAndPath() {
        EditionFileException e = refused(VALID.replace("value_type: YES_NO", "value_type: PERCENT"));

        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.path()).isEqualTo("groups[0].groups[0].indicators[0].value_type");
        assertThat(e.getMessage())
                .startsWith("test-edition.yaml: groups[0].groups[0].indicators[0].value_type: unknown value 'PERCENT'")
                .contains("NUMBER, PERCENTAGE, YES_NO, GRADE");
    }

    @Test
    void duplicateIndicatorCodeIsRefusedPointingAtBothPlaces() {
        EditionFileException e = refused(VALID.replace("code: T-02", "code: T-01"));

        assertThat(e.path()).isEqualTo("groups[0].groups[0].indicators[0].code");
        assertThat(e.getMessage())
                .startsWith(FILE + ": ")
                .contains("duplicate indicator code 'T-01'")
                .contains("first at groups[0].indicators[0]");
    }

    @Test
    void targetWithoutKindIsRefused() {
        EditionFileException e = refused(VALID.replace("{kind: GREATER_THAN, value: 95}", "{value: 95}"));

        assertThat(e.path()).isEqualTo("groups[0].indicators[0].target.kind");
        assertThat(e.getMessage())
                .startsWith(FILE + ": groups[0].indicators[0].target.kind: required field is missing");
    }

    @Test
    void targetThatIsNotAMappingIsRefused() {
        EditionFileException e = refused(VALID.replace("{kind: ESTABLISHED}", "ESTABLISHED"));

        assertThat(e.path()).isEqualTo("groups[0].groups[0].indicators[0].target");
        assertThat(e.problem()).contains("expected a mapping");
    }

    @Test
    void unknownTopLevelKeyIsRefusedSoTyposAreNotSilent() {
        EditionFileException e = refused(VALID.replace("complete: true", "complete: true\ncompelte: false"));

        assertThat(e.path()).isEqualTo("compelte");
        assertThat(e.getMessage()).startsWith(FILE + ": compelte: unknown field");
    }

    @Test
    void misspeltIndicatorFieldIsRefused() {
        EditionFileException e = refused(VALID.replace("target_text_zh: 建立实施", "target_txt_zh: 建立实施"));

        assertThat(e.path()).isEqualTo("groups[0].groups[0].indicators[0].target_txt_zh");
    }

    @Test
    void firstYearAfterLastYearIsRefused() {
        EditionFileException e = refused(VALID.replace("first_year: 2020", "first_year: 2036"));

        assertThat(e.path()).isEqualTo("first_year");
        assertThat(e.getMessage()).isEqualTo(FILE + ": first_year: first_year 2036 is after last_year 2035");
    }

    @Test
    void missingRequiredFieldIsRefused() {
        EditionFileException e = refused(VALID.replace("    name_zh: 指标一\n", "\n"));

        assertThat(e.path()).isEqualTo("groups[0].indicators[0].name_zh");
        assertThat(e.problem()).isEqualTo("required field is missing");
    }

    @Test
    void codeOutsideThePatternIsRefused() {
        EditionFileException e = refused(VALID.replace("code: TEST-1", "code: test 1"));

        assertThat(e.path()).isEqualTo("code");
        assertThat(e.problem()).contains("does not match");
    }

    @Test
    void applicabilityLevelOutsideTheEditionIsRefused() {
        EditionFileException e = refused(VALID.replace("levels: [COUNTY], grassland", "levels: [TOWNSHIP], grassland"));

        assertThat(e.path()).isEqualTo("groups[0].groups[0].indicators[0].applies.levels[0]");
    }

    @Test
    void aGradeIndicatorCarriesItsGradesBestFirst() {
        EditionDefinition edition = parse(VALID.replace(
                        "value_type: PERCENTAGE", "value_type: GRADE\n        grades: [优, 良, 中, 差]")
                .replace("target: {kind: GREATER_THAN, value: 95}", "target: {kind: GRADE_AT_LEAST, grade: 良}"));

        assertThat(edition.indicators().getFirst().grades()).containsExactly("优", "良", "中", "差");
    }

    @Test
    void aGradeIndicatorWithoutGradesIsRefused() {
        EditionFileException e = refused(VALID.replace("value_type: PERCENTAGE", "value_type: GRADE"));

        assertThat(e.path()).isEqualTo("groups[0].indicators[0].grades");
        assertThat(e.problem()).contains("at least two grades");
    }

    @Test
    void gradesOnANumberIndicatorAreRefused() {
        EditionFileException e =
                refused(VALID.replace("value_type: PERCENTAGE", "value_type: PERCENTAGE\n        grades: [优, 良]"));

        assertThat(e.path()).isEqualTo("groups[0].indicators[0].grades");
        assertThat(e.problem()).contains("only used with value_type GRADE");
    }

    @Test
    void weightWithoutTheWeightedScoreMethodIsRefused() {
        EditionFileException e = refused(VALID.replace("number: 1\n", "number: 1\n        weight: 2\n"));

        assertThat(e.path()).isEqualTo("groups[0].indicators[0].weight");
        assertThat(e.problem()).contains("only used with score method WEIGHTED");
    }

    @Test
    void weightedScoreMethodNeedsAWeightOnEveryIndicator() {
        String weighted = VALID.replace("method: SHARE_MET", "method: WEIGHTED")
                .replace("number: 1\n", "number: 1\n        weight: 2\n");

        EditionFileException e = refused(weighted);

        assertThat(e.path()).isEqualTo("groups[0].groups[0].indicators[0].weight");
    }

    @Test
    void aGroupMarkedAsEnvironmentalQualityIsReadAndAnUnmarkedOneIsNot() {
        EditionDefinition edition = parse(
                VALID.replace("    name_en: Quality\n", "    name_en: Quality\n        environmental_quality: true\n"));

        GroupDefinition green = edition.groups().getFirst();
        assertThat(green.environmentalQuality()).isFalse();
        assertThat(green.groups().getFirst().environmentalQuality()).isTrue();
        assertThat(parse(VALID).groups().getFirst().groups().getFirst().environmentalQuality())
                .isFalse();
    }

    @Test
    void anEnvironmentalQualityMarkThatIsNotABooleanIsRefused() {
        EditionFileException e = refused(
                VALID.replace("    name_en: Quality\n", "    name_en: Quality\n        environmental_quality: yes\n"));

        assertThat(e.path()).isEqualTo("groups[0].groups[0].environmental_quality");
    }

    @Test
    void yesNoWordsAreNotTakenForBooleans() {
        EditionFileException e = refused(VALID.replace("complete: true", "complete: no"));

        assertThat(e.path()).isEqualTo("complete");
        assertThat(e.problem()).isEqualTo("expected true or false but found 'no'");
    }

    @Test
    void invalidYamlIsRefusedWithItsLine() {
        EditionFileException e = refused("code: TEST-1\nversion: [1\n");

        assertThat(e.path()).isEqualTo("$");
        assertThat(e.getMessage()).startsWith(FILE + ": $: not valid YAML at line");
    }

    @Test
    void duplicateYamlKeyIsRefused() {
        EditionFileException e = refused(VALID.replace("version: 1", "version: 1\nversion: 2"));

        assertThat(e.problem()).contains("not valid YAML").contains("version");
    }

    private static EditionDefinition parse(String yaml) {
        return EditionFiles.parse(FILE, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static EditionFileException refused(String yaml) {
        EditionFileException e = catchThrowableOfType(EditionFileException.class, () -> parse(yaml));
        assertThat(e).as("expected the file to be refused").isNotNull();
        assertThat(e.file()).isEqualTo(FILE);
        return e;
    }
}
