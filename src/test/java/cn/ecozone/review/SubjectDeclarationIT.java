package cn.ecozone.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The subject declares a conflict by the name (and organization) it types in: the declaration is kept as
 * typed, matched privately against the pool, and the answer is the same whether or not anyone matched.
 * Dossiers of Hulunbuir (150783, 150784, 150785), which no other test uses.
 */
@ApiTest
class SubjectDeclarationIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcedureManagement procedures;

    @Test
    void aTypedNameIsKeptAsTypedAndMatchedPrivatelyByNameAndOrganizationWithTheSameAnswerEitherWay() {
        ReviewTestSteps steps = new ReviewTestSteps(port, fixtures, jdbc, procedures);
        Browser province = steps.as(Role.PROVINCE_STAFF, "150000");
        long dossier = steps.atExpertScoring(steps.openRound(), "150784", "150700");
        String name = "申报回避" + System.nanoTime();
        String field = "申报回避" + System.nanoTime();
        long university = steps.expert(province, name, field, "150102", null, Map.of("organization", "内蒙古大学生态与环境学院"));
        long institute = steps.expert(province, name, field, "150102", null, Map.of("organization", "某规划设计研究院"));
        // no organization on record (a row older than the required field): a typed organization must not
        // match it
        long unknown = steps.expert(province, name, field, "150102", null, Map.of());
        jdbc.update("update review_expert set organization = '' where id = ?", unknown);
        Browser subject = steps.as(Role.COUNTY_GOVERNMENT, "150784");
        String conflicts = "/api/review/dossiers/" + dossier + "/conflicts";

        JsonNode before = ReviewTestSteps.ok(subject.get(conflicts), 200);
        assertThat(before.get("open").asBoolean()).isTrue();
        assertThat(before.get("declarations")).isEmpty();

        // the name with a space in it and part of the organization: the university's expert only
        Response matched = subject.post(
                conflicts,
                Map.of(
                        "name",
                        " " + name.substring(0, 2) + " " + name.substring(2) + " ",
                        "organization",
                        "内蒙古大学",
                        "note",
                        "该专家曾指导我旗规划编制"));
        Response unmatched = subject.post(
                conflicts, Map.of("name", "查无此人" + System.nanoTime(), "organization", "某大学", "note", "曾为我旗顾问"));
        assertThat(matched.status()).as(matched.toString()).isEqualTo(204);
        assertThat(unmatched.status()).as(unmatched.toString()).isEqualTo(204);
        assertThat(unmatched.body())
                .as("the answer never says whether the name is in the pool")
                .isEqualTo(matched.body());
        assertThat(declaredBySubject(dossier)).containsExactly(university);

        // the name alone: every expert of that name
        assertThat(subject.post(conflicts, Map.of("name", name, "note", "同名者一并回避"))
                        .status())
                .isEqualTo(204);
        assertThat(declaredBySubject(dossier)).containsExactlyInAnyOrder(university, institute, unknown);

        // letters in any case, spaces anywhere
        String latin = "Anna Li" + System.nanoTime();
        long anna = steps.expert(province, latin, field, "150102", null, Map.of());
        assertThat(subject.post(conflicts, Map.of("name", latin.toUpperCase().replace(" ", "  "), "note", "曾为顾问"))
                        .status())
                .isEqualTo(204);
        assertThat(declaredBySubject(dossier)).containsExactlyInAnyOrder(university, institute, unknown, anna);

        JsonNode after = ReviewTestSteps.ok(subject.get(conflicts), 200);
        assertThat(after.get("declarations")).hasSize(4);
        JsonNode first = after.get("declarations").get(0);
        assertThat(first.get("organization").asString()).isEqualTo("内蒙古大学");
        assertThat(first.get("note").asString()).isEqualTo("该专家曾指导我旗规划编制");
        assertThat(after.toString())
                .as("nothing tells the subject who matched")
                .doesNotContain("expertId", "内蒙古大学生态与环境学院", "某规划设计研究院");
        assertThat(first.propertyNames())
                .containsExactlyInAnyOrder("id", "name", "organization", "note", "declaredBy", "declaredAt");
    }

    @Test
    void aBlankNameOrNoteIsA400NamingTheFieldAnotherCountyGets404AndNothingIsKept() {
        ReviewTestSteps steps = new ReviewTestSteps(port, fixtures, jdbc, procedures);
        long dossier = steps.atExpertScoring(steps.openRound(), "150785", "150700");
        Browser subject = steps.as(Role.COUNTY_GOVERNMENT, "150785");
        String conflicts = "/api/review/dossiers/" + dossier + "/conflicts";

        Response noName = subject.post(conflicts, Map.of("name", " ", "note", "理由"));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").toString()).contains("name");
        Response noNote = subject.post(conflicts, Map.of("name", "某专家"));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.json().get("errors").toString()).contains("note");
        Response longOrganization =
                subject.post(conflicts, Map.of("name", "某专家", "organization", "单".repeat(201), "note", "理由"));
        assertThat(longOrganization.status()).isEqualTo(400);
        assertThat(longOrganization.json().get("errors").toString()).contains("organization");

        Browser neighbour = steps.as(Role.COUNTY_GOVERNMENT, "150784");
        assertThat(neighbour.get(conflicts).status()).isEqualTo(404);
        assertThat(neighbour
                        .post(conflicts, Map.of("name", "某专家", "note", "理由"))
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "select count(*) from review_subject_declaration where dossier_id = ?", Long.class, dossier))
                .isZero();
    }

    @Test
    void anAcceptedDossiersSubjectIsToldDeclaringIsClosedAndAPostIsRefusedWith409() {
        ReviewTestSteps steps = new ReviewTestSteps(port, fixtures, jdbc, procedures);
        long dossier = steps.atExpertScoring(steps.openRound(), "150783", "150700");
        Browser subject = steps.as(Role.COUNTY_GOVERNMENT, "150783");
        String conflicts = "/api/review/dossiers/" + dossier + "/conflicts";
        // seeded: the dossier's chain finished (driving it through naming is another test's job)
        jdbc.update("update dossier set state = 'ACCEPTED' where id = ?", dossier);

        assertThat(ReviewTestSteps.ok(subject.get(conflicts), 200).get("open").asBoolean())
                .isFalse();
        Response late = subject.post(conflicts, Map.of("name", "某专家", "note", "理由"));
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).isEqualTo("申报材料已通过，不能再申报回避");
        assertThat(jdbc.queryForObject(
                        "select count(*) from review_subject_declaration where dossier_id = ?", Long.class, dossier))
                .isZero();
    }

    private List<Long> declaredBySubject(long dossier) {
        return jdbc.queryForList(
                "select expert_id from review_conflict where dossier_id = ? and type = 'DECLARED_BY_SUBJECT'",
                Long.class,
                dossier);
    }
}
