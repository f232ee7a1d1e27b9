package cn.ecozone.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.Together;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An opinion's draft, edit and issue over HTTP (issue 12 §4): a stale edit is 409, two issues at once
 * leave one issued and the other 409, the issued text is frozen, its DOCX and PDF download with their
 * SHA-256, and {@code OPINION_ISSUED} is met for the covered dossiers at the opinion's step only once it
 * is issued. The draft is laid in the database over two submitted dossiers (which, until the review and
 * publicity modules complete their steps, cannot reach the opinion's step through the chain).
 */
@ApiTest
class OpinionLifecycleIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<StepRequirement> requirements;

    @Test
    void aStaleEditIs409TwoIssuesAtOnceLeaveOneAndTheIssuedOpinionMeetsTheStepsRequirement() throws Exception {
        OpinionTestSteps steps = new OpinionTestSteps(port, fixtures);
        long roundId = steps.openInnerMongoliaRound("ECO_CIVILIZATION_ZONE");
        JsonNode a = steps.submitted("150000", "150821", "ECO_CIVILIZATION_ZONE", roundId);
        JsonNode b = steps.submitted("150000", "150822", "ECO_CIVILIZATION_ZONE", roundId);
        long id = draft(roundId, a, b);
        Browser staff = steps.as(Role.PROVINCE_STAFF, "150000");

        JsonNode draft = OpinionTestSteps.ok(staff.get("/api/opinions/" + id), 200);
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("allowedActions").toString()).contains("EDIT", "ISSUE");
        assertThat(draft.get("content").get("candidacies").toString())
                .contains(a.get("subjectName").asString(), b.get("subjectName").asString());
        long seen = draft.get("version").asLong();
        assertThat(OpinionTestSteps.ok(staff.get("/api/opinions?roundId=" + roundId), 200)
                        .get("content")
                        .get(0)
                        .get("dossierCount")
                        .asInt())
                .isEqualTo(2);

        JsonNode edited = OpinionTestSteps.ok(staff.put("/api/opinions/" + id, edit(seen, "建议推荐以上两个地区。")), 200);
        assertThat(edited.get("conclusion").asString()).isEqualTo("建议推荐以上两个地区。");
        Response stale = staff.put("/api/opinions/" + id, edit(seen, "过时的修改"));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(OpinionTestSteps.ok(staff.get("/api/opinions/" + id), 200)
                        .get("conclusion")
                        .asString())
                .isEqualTo("建议推荐以上两个地区。");
        Response noTitle = staff.put(
                "/api/opinions/" + id, Map.of("version", edited.get("version").asLong(), "title", " "));
        assertThat(noTitle.status()).as(noTitle.toString()).isEqualTo(400);
        assertThat(noTitle.body()).contains("title");

        long dossierA = a.get("id").asLong();
        assertThat(check(dossierA, "PRE_REVIEW_OPINION")).isNotNull();
        assertThat(check(dossierA, "PRE_REVIEW_OPINION").messageKey()).isEqualTo("opinion.requirement.not-issued");

        long version = edited.get("version").asLong();
        Browser other = steps.as(Role.PROVINCE_STAFF, "150000");
        Together.Pair<Response, Response> both = Together.run(
                () -> staff.post("/api/opinions/" + id + "/issue", Map.of("version", version)),
                () -> other.post("/api/opinions/" + id + "/issue", Map.of("version", version)));
        assertThat(List.of(both.first().status(), both.second().status()))
                .as(both.toString())
                .containsExactlyInAnyOrder(200, 409);
        JsonNode issued = OpinionTestSteps.ok(staff.get("/api/opinions/" + id), 200);
        assertThat(issued.get("state").asString()).isEqualTo("ISSUED");
        assertThat(issued.get("allowedActions").toString()).doesNotContain("EDIT", "ISSUE");
        Response late =
                staff.put("/api/opinions/" + id, edit(issued.get("version").asLong(), "印发后修改"));
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(jdbc.queryForObject(
                        "select count(*) from opinion where id = ? and state = 'ISSUED'", Integer.class, id))
                .isEqualTo(1);

        byte[] docx = staff.download("/api/opinions/" + id + "/files/docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText())
                    .contains(
                            a.get("subjectName").asString(),
                            b.get("subjectName").asString(),
                            "建议推荐以上两个地区。");
        }
        byte[] pdf = staff.download("/api/opinions/" + id + "/files/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains(
                            a.get("subjectName").asString(),
                            b.get("subjectName").asString());
        }
        String sha = jdbc.queryForObject(
                "select d.sha256 from document d join opinion o on o.pdf_document_id = d.id where o.id = ?",
                String.class,
                id);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
                .isEqualTo(sha);

        assertThat(check(dossierA, "PRE_REVIEW_OPINION")).isNull();
        assertThat(check(dossierA, "PRE_REVIEW_OPINION", OPENING + 1))
                .as("a later opening of the step (the dossier returned and brought back) is not covered")
                .isNotNull();
        assertThat(check(dossierA, "RECOMMEND")).isNotNull();

        // another prefecture's bodies and the administrators see nothing of it
        assertThat(steps.as(Role.PREFECTURE_GOVERNMENT, "150500")
                        .get("/api/opinions/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(steps.as(Role.SYSTEM_ADMIN, "150000")
                        .get("/api/opinions/" + id)
                        .status())
                .isEqualTo(403);
    }

    /** A draft of the department's pre-review opinion covering the two dossiers, laid in the database. */
    private long draft(long roundId, JsonNode a, JsonNode b) {
        String path = jdbc.queryForObject("select path from region where code = '150000'", String.class);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into opinion (round_id, step_code, scope_code, scope_path, title, opening, state,"
                        + " created_by, created_at, updated_at, version)"
                        + " values (?, 'PRE_REVIEW_OPINION', '150000', ?, ?, '经预审，意见如下。', 'DRAFT', 'test', ?, ?, 0)",
                roundId,
                path,
                "测试预审意见 " + roundId,
                now,
                now);
        long id = jdbc.queryForObject("select id from opinion where round_id = ?", Long.class, roundId);
        int position = 0;
        for (JsonNode d : List.of(a, b)) {
            jdbc.update(
                    "insert into opinion_dossier (opinion_id, dossier_id, run_id, opening, position)"
                            + " values (?, ?, ?, ?, ?)",
                    id,
                    d.get("id").asLong(),
                    d.get("run").get("id").asLong(),
                    OPENING,
                    position++);
        }
        return id;
    }

    private static Map<String, Object> edit(long version, String conclusion) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("title", "关于第一批申报地区的预审意见");
        body.put("documentNumber", "内环字〔2026〕1号");
        body.put("opening", "经预审，意见如下。");
        body.put("conclusion", conclusion);
        return body;
    }

    /** The opening of the step the draft laid in the database covers the dossiers at. */
    private static final int OPENING = 7;

    /**
     * The OPINION_ISSUED bean's answer for the dossier's run at the step, at the opening the draft covers
     * (null: met).
     */
    private StepRequirement.Unmet check(long dossierId, String stepCode) {
        return check(dossierId, stepCode, OPENING);
    }

    private StepRequirement.Unmet check(long dossierId, String stepCode, int opening) {
        StepRequirement bean = requirements.stream()
                .filter(r -> r.requirement() == Requirement.OPINION_ISSUED)
                .findFirst()
                .orElseThrow();
        long runId = jdbc.queryForObject("select run_id from dossier where id = ?", Long.class, dossierId);
        return bean.check(new StepRequirement.Context(
                        runId, "DOSSIER", dossierId, stepCode, StepKind.DECIDE, null, opening))
                .orElse(null);
    }
}
