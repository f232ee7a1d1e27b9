package cn.ecozone.dossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The parts of a dossier beside its row: texts, the documents of each material, and the answers to
 * eligibility conditions. Plain JDBC with bound parameters; a dossier's parts are read in three
 * statements. Callers hold the dossier's transaction and have checked it is editable.
 */
@Component
public class DossierParts {

    /** A material's document, in upload order. */
    public record Attached(String materialCode, long documentId) {}

    /** An answer with its evidence. */
    public record Answer(String answer, List<Long> documentIds) {}

    /** Everything beside the row. */
    public record Parts(Map<String, String> texts, List<Attached> documents, Map<String, Answer> answers) {

        public List<Long> documentIds(String materialCode) {
            return documents.stream()
                    .filter(a -> a.materialCode().equals(materialCode))
                    .map(Attached::documentId)
                    .toList();
        }
    }

    private final JdbcClient jdbc;

    DossierParts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Parts of(long dossierId) {
        Map<String, String> texts = new HashMap<>();
        jdbc.sql("select material_code, body from dossier_text where dossier_id = :id")
                .param("id", dossierId)
                .query((rs, i) -> texts.put(rs.getString(1), rs.getString(2)))
                .list();
        List<Attached> documents = jdbc.sql(
                        "select material_code, document_id from dossier_document where dossier_id = :id order by id")
                .param("id", dossierId)
                .query((rs, i) -> new Attached(rs.getString(1), rs.getLong(2)))
                .list();
        Map<String, Answer> answers = new LinkedHashMap<>();
        jdbc.sql("select condition_code, answer, document_ids from dossier_answer where dossier_id = :id")
                .param("id", dossierId)
                .query((rs, i) -> answers.put(rs.getString(1), new Answer(rs.getString(2), ids(rs.getString(3)))))
                .list();
        return new Parts(texts, documents, answers);
    }

    /** Sets a text; a blank text removes it. */
    public void text(long dossierId, String materialCode, String body, Instant now) {
        jdbc.sql("delete from dossier_text where dossier_id = :id and material_code = :code")
                .param("id", dossierId)
                .param("code", materialCode)
                .update();
        if (body != null && !body.isBlank()) {
            jdbc.sql("insert into dossier_text (dossier_id, material_code, body, updated_at)"
                            + " values (:id, :code, :body, :at)")
                    .param("id", dossierId)
                    .param("code", materialCode)
                    .param("body", body)
                    .param("at", Timestamp.from(now))
                    .update();
        }
    }

    public void attach(long dossierId, String materialCode, long documentId, Instant now) {
        jdbc.sql("insert into dossier_document (dossier_id, material_code, document_id, added_at)"
                        + " values (:id, :code, :doc, :at)")
                .param("id", dossierId)
                .param("code", materialCode)
                .param("doc", documentId)
                .param("at", Timestamp.from(now))
                .update();
    }

    /** @return whether the document was attached to the material */
    public boolean detach(long dossierId, String materialCode, long documentId) {
        return jdbc.sql("delete from dossier_document where dossier_id = :id and material_code = :code"
                                + " and document_id = :doc")
                        .param("id", dossierId)
                        .param("code", materialCode)
                        .param("doc", documentId)
                        .update()
                > 0;
    }

    public void answer(long dossierId, String conditionCode, String answer, List<Long> documentIds, Instant now) {
        jdbc.sql("delete from dossier_answer where dossier_id = :id and condition_code = :code")
                .param("id", dossierId)
                .param("code", conditionCode)
                .update();
        jdbc.sql("insert into dossier_answer (dossier_id, condition_code, answer, document_ids, updated_at)"
                        + " values (:id, :code, :answer, :docs, :at)")
                .param("id", dossierId)
                .param("code", conditionCode)
                .param("answer", answer)
                .param(
                        "docs",
                        String.join(
                                ",", documentIds.stream().map(String::valueOf).toList()))
                .param("at", Timestamp.from(now))
                .update();
    }

    /** Whether the document belongs to the dossier (a material's, or an answer's evidence). */
    public boolean holds(long dossierId, long documentId) {
        if (jdbc.sql("select count(*) from dossier_document where dossier_id = :id and document_id = :doc")
                        .param("id", dossierId)
                        .param("doc", documentId)
                        .query(Long.class)
                        .single()
                > 0) {
            return true;
        }
        return of(dossierId).answers().values().stream()
                .anyMatch(a -> a.documentIds().contains(documentId));
    }

    private static List<Long> ids(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(
                Arrays.stream(joined.split(",")).map(Long::valueOf).toList());
    }
}
