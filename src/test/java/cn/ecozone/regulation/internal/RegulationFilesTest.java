package cn.ecozone.regulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.Step;
import cn.ecozone.regulation.StepKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each kind of invalid regulation file is refused with a message naming the file and the field path. */
class RegulationFilesTest {

    private static final String FILE = "broken.yaml";

    /** A small valid file; each test breaks one thing in it. */
    private static final String VALID = """
            code: TEST-2022
            version: 1
            status: PUBLISHED
            programme: ECO_CIVILIZATION_ZONE
            jurisdiction: "150000"
            title_zh: "测试规程"
            issuer_zh: "测试厅"
            document_zh: "测试〔2022〕1号"
            in_force: {date: 2022-07-11, article: "第二十一条"}
            source: "test"
            who:
              subject_levels:
                - {level: COUNTY, name_zh: "旗县", article: "第二条"}
            plan:
              kind: CONSTRUCTION_PLAN
              article: "第四条"
              paths:
                - subject_level: COUNTY
                  steps:
                    - {code: PROMULGATE, kind: PROMULGATE, actor: DELIBERATIVE_BODY, action_zh: "颁布实施", article: "第六条"}
                    - code: FILE
                      kind: FILE
                      actor: SUBJECT
                      to: PROVINCE_DEPARTMENT
                      action_zh: "备案"
                      deadline: {working_days: 15, counting: NEXT_DAY, from_step: PROMULGATE, text_zh: "15个工作日内"}
                      article: "第六条"
            application:
              window: {kind: PER_MINISTRY_CALL, text_zh: "按通知", article: "第九条"}
              exclusions: {look_back_years: 3, article: "第十一条"}
              review: {method: EXPERT_SCORING, text_zh: "专家评审赋分", article: "第十四条"}
            title:
              validity: {silent: true, note_zh: "未规定"}
            """;

    private static Regulation parse(String yaml) {
        return RegulationFiles.parse(FILE, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(String yaml, String path, String problem) {
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOfSatisfying(RegulationFileException.class, e -> {
                    assertThat(e.file()).isEqualTo(FILE);
                    assertThat(e.path()).isEqualTo(path);
                })
                .hasMessageStartingWith(FILE + ": " + path + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void acceptsTheValidBaseFile() {
        Regulation r = parse(VALID);
        assertThat(r.code()).isEqualTo("TEST-2022");
        assertThat(r.plan()
                        .paths()
                        .getFirst()
                        .step("FILE")
                        .orElseThrow()
                        .deadline()
                        .workingDays())
                .isEqualTo(15);
    }

    @Test
    void refusesAnUnknownKey() {
        assertRefused(
                VALID.replace("  kind: CONSTRUCTION_PLAN", "  kind: CONSTRUCTION_PLAN\n  colour: green"),
                "plan.colour",
                "unknown field");
    }

    @Test
    void refusesAWrongType() {
        assertRefused(
                VALID.replace("working_days: 15", "working_days: fifteen"),
                "plan.paths[0].steps[1].deadline.working_days",
                "expected a whole number");
    }

    @Test
    void refusesARuleWithoutArticle() {
        assertRefused(
                VALID.replace(", article: \"第九条\"}", "}"), "application.window.article", "required field is missing");
    }

    @Test
    void refusesAnArticleThatIsNotAnArticle() {
        assertRefused(
                VALID.replace("article: \"第二条\"", "article: \"art. 2\""),
                "who.subject_levels[0].article",
                "does not match");
    }

    @Test
    void refusesAnUnknownDeadlineCounting() {
        assertRefused(
                VALID.replace("counting: NEXT_DAY", "counting: NEXT_WEEK"),
                "plan.paths[0].steps[1].deadline.counting",
                "unknown value 'NEXT_WEEK' (expected one of NEXT_DAY, SAME_DAY)");
    }

    @Test
    void refusesADeadlineCountedFromALaterOrUnknownStep() {
        assertRefused(
                VALID.replace("from_step: PROMULGATE", "from_step: FILE"),
                "plan.paths[0].steps[1].deadline.from_step",
                "not an earlier step");
    }

    @Test
    void refusesAnUnknownStepRole() {
        assertRefused(
                VALID.replace("actor: SUBJECT", "actor: MAYOR"),
                "plan.paths[0].steps[1].actor",
                "unknown value 'MAYOR'");
    }

    @Test
    void refusesAnUncertainRuleWithoutNote() {
        assertRefused(
                VALID.replace("article: \"第十四条\"}", "article: \"第十四条\", uncertain: true}"),
                "application.review.note_zh",
                "needs a note");
    }

    @Test
    void refusesASilentRuleWithoutNote() {
        assertRefused(
                VALID.replace("{silent: true, note_zh: \"未规定\"}", "{silent: true}"),
                "title.validity.note_zh",
                "needs a note");
    }

    @Test
    void refusesYesAsABoolean() {
        assertRefused(
                VALID.replace("{silent: true,", "{silent: yes,"), "title.validity.silent", "expected true or false");
    }

    /** A third step appended to the valid file's path. */
    private static String withStep(String step) {
        return VALID.replace(
                "article: \"第六条\"\napplication:", "article: \"第六条\"\n        - " + step + "\napplication:");
    }

    @Test
    void readsEachStepsKindReturnTargetAndActors() {
        Regulation r = parse(withStep("{code: RECEIVE, kind: ACKNOWLEDGE, actor: PROVINCE_DEPARTMENT,"
                + " return_to: INITIATOR, action_zh: \"接收备案\", article: \"第六条\"}"));
        var steps = r.plan().paths().getFirst().steps();
        assertThat(steps)
                .extracting(Step::kind)
                .containsExactly(StepKind.PROMULGATE, StepKind.FILE, StepKind.ACKNOWLEDGE);
        assertThat(steps)
                .extracting(Step::returnTo)
                .containsExactly(Step.ReturnTo.PREVIOUS, Step.ReturnTo.PREVIOUS, Step.ReturnTo.INITIATOR);
        Step divisions = parse(withStep("{code: CHECK, kind: PARALLEL_EXAMINE, actor: PROVINCE_DIVISION,"
                        + " organization_kind: DIVISION, action_zh: \"处室审核\", article: \"第六条\"}"))
                .plan()
                .paths()
                .getFirst()
                .step("CHECK")
                .orElseThrow();
        assertThat(divisions.organizationKind()).isEqualTo("DIVISION");
        assertThat(divisions.appointed()).isFalse();
        Step experts = parse(withStep("{code: PANEL, kind: PANEL, actor: EXPERT_PANEL, appointed: true,"
                        + " action_zh: \"专家评审\", article: \"第六条\"}"))
                .plan()
                .paths()
                .getFirst()
                .step("PANEL")
                .orElseThrow();
        assertThat(experts.appointed()).isTrue();
        assertThat(experts.organizationKind()).isNull();
    }

    @Test
    void refusesAStepWithoutKind() {
        assertRefused(
                VALID.replace("kind: PROMULGATE, ", ""), "plan.paths[0].steps[0].kind", "required field is missing");
    }

    @Test
    void refusesAnUnknownStepKind() {
        assertRefused(
                VALID.replace("kind: PROMULGATE, ", "kind: APPROVE, "),
                "plan.paths[0].steps[0].kind",
                "unknown value 'APPROVE'");
    }

    @Test
    void refusesADraftStepAfterTheFirst() {
        assertRefused(
                withStep("{code: REDRAFT, kind: DRAFT, actor: SUBJECT, action_zh: \"编制\", article: \"第六条\"}"),
                "plan.paths[0].steps[2].kind",
                "DRAFT can only be the first step");
    }

    @Test
    void refusesAnAcknowledgementThatDoesNotFollowAFiling() {
        assertRefused(
                VALID.replace("kind: FILE", "kind: SUBMIT")
                        .replace(
                                "article: \"第六条\"\napplication:",
                                "article: \"第六条\"\n        - {code: RECEIVE, kind: ACKNOWLEDGE,"
                                        + " actor: PROVINCE_DEPARTMENT, action_zh: \"接收\", article: \"第六条\"}\n"
                                        + "application:"),
                "plan.paths[0].steps[2].kind",
                "ACKNOWLEDGE must come right after a FILE step");
    }

    @Test
    void refusesAParallelExaminationWithoutSeveralActors() {
        assertRefused(
                withStep("{code: CHECK, kind: PARALLEL_EXAMINE, actor: PROVINCE_DIVISION, action_zh: \"处室审核\","
                        + " article: \"第六条\"}"),
                "plan.paths[0].steps[2].kind",
                "PARALLEL_EXAMINE needs organization_kind or appointed: true");
    }

    @Test
    void refusesOrganizationsAndAppointedUsersTogether() {
        assertRefused(
                withStep("{code: CHECK, kind: PARALLEL_EXAMINE, actor: PROVINCE_DIVISION, organization_kind: DIVISION,"
                        + " appointed: true, action_zh: \"处室审核\", article: \"第六条\"}"),
                "plan.paths[0].steps[2].appointed",
                "either organizations of a kind or appointed users");
    }

    @Test
    void refusesAnUnknownReturnTarget() {
        assertRefused(
                withStep("{code: CHECK, kind: EXAMINE, actor: PROVINCE_DEPARTMENT, return_to: COUNTY,"
                        + " action_zh: \"审核\", article: \"第六条\"}"),
                "plan.paths[0].steps[2].return_to",
                "unknown value 'COUNTY'");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheFile() {
        assertRefused("code: [unclosed", "$", "not valid YAML");
    }
}
