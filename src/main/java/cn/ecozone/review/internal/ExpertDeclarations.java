package cn.ecozone.review.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The conflicts a dossier's subject declares by the name (and organization) it types in: the declaration
 * is kept as typed, and matched privately against the province's pool. Applicants never see the pool,
 * so nothing here tells the caller whether anyone matched.
 */
@Component
public class ExpertDeclarations {

    /** A declaration as the subject typed it. */
    public record Declaration(
            long id, String name, String organization, String note, String declaredBy, Instant declaredAt) {}

    private final JdbcClient jdbc;

    ExpertDeclarations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whitespace (ASCII and ideographic) removed, letters in lower case: how names are compared. */
    public static String normalized(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u3000]+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The pool experts (removed ones too) whose name is {@code name} once normalized and, when an
     * organization is given, whose organization contains it or is contained in it (normalized).
     */
    public List<Long> matches(String poolPath, String name, String organization) {
        String wanted = normalized(name);
        String org = normalized(organization);
        return jdbc
                .sql("select id, organization from review_expert where pool_region_path = :pool"
                        + " and lower(replace(replace(name, ' ', ''), '\u3000', '')) = :name order by id")
                .param("pool", poolPath)
                .param("name", wanted)
                .query((rs, n) -> new Object[] {rs.getLong("id"), normalized(rs.getString("organization"))})
                .list()
                .stream()
                .filter(r -> org.isEmpty() || orgMatches((String) r[1], org))
                .map(r -> (Long) r[0])
                .toList();
    }

    /** A typed organization matches only a non-blank organization containing it or contained in it. */
    private static boolean orgMatches(String expertOrg, String typed) {
        return !expertOrg.isEmpty() && (expertOrg.contains(typed) || typed.contains(expertOrg));
    }

    /** Keeps the declaration as typed. */
    public void record(long dossierId, String name, String organization, String note, String by, Instant at) {
        jdbc.sql("insert into review_subject_declaration (dossier_id, name, organization, note, declared_by,"
                        + " declared_at) values (?, ?, ?, ?, ?, ?)")
                .params(dossierId, name, organization, note, by, Timestamp.from(at))
                .update();
    }

    /**
     * Records the subject's conflict of the expert with the dossier unless there is one; two at once
     * leave one row and no error (so a race tells the caller nothing either).
     */
    public void conflict(long expertId, long dossierId, String note, String by, Instant at) {
        jdbc.sql("insert into review_conflict (expert_id, dossier_id, type, source, detail, recorded_by, recorded_at)"
                        + " values (?, ?, 'DECLARED_BY_SUBJECT', 'DECLARED', ?, ?, ?) on conflict do nothing")
                .params(expertId, dossierId, note, by, Timestamp.from(at))
                .update();
    }

    /** The dossier's declarations, oldest first. */
    public List<Declaration> of(long dossierId) {
        return jdbc.sql("select id, name, organization, note, declared_by, declared_at"
                        + " from review_subject_declaration where dossier_id = ? order by id")
                .param(dossierId)
                .query((rs, n) -> new Declaration(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("organization"),
                        rs.getString("note"),
                        rs.getString("declared_by"),
                        rs.getTimestamp("declared_at").toInstant()))
                .list();
    }
}
