package cn.ecozone.review.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which dossiers a panel covers, each for one opening of its run's step (ADR 0027, ADR 0028 "Panels per
 * opening"), and the province's decision on each. A dossier returned past the step and brought back is
 * covered anew by a later panel; the earlier coverage stays as history.
 */
@Component
public class CoverageRows {

    private final JdbcClient jdbc;

    CoverageRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A covered dossier: its run and the opening of the step the panel took it in. */
    public record Covered(long panelId, long dossierId, String stepCode, long runId, int opening, String decision) {

        /** The key a later draw compares with a waiting dossier's run and opening. */
        String key() {
            return key(dossierId, runId, opening);
        }

        static String key(long dossierId, long runId, int opening) {
            return dossierId + ":" + runId + ":" + opening;
        }
    }

    private static final String COLUMNS =
            "select panel_id, dossier_id, step_code, run_id, opening, decision" + " from review_panel_dossier";

    private static Covered row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Covered(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getInt(5), rs.getString(6));
    }

    /** Covers the dossier for the step's opening. Precondition: no panel covers that opening yet. */
    public void cover(long panelId, long dossierId, String stepCode, long runId, int opening) {
        jdbc.sql("insert into review_panel_dossier (panel_id, dossier_id, step_code, run_id, opening)"
                        + " values (?, ?, ?, ?, ?)")
                .params(panelId, dossierId, stepCode, runId, opening)
                .update();
    }

    /** The dossiers each panel covers, by panel id (one statement). */
    public Map<Long, List<Covered>> byPanel(Collection<Long> panelIds) {
        Map<Long, List<Covered>> out = new LinkedHashMap<>();
        if (panelIds.isEmpty()) {
            return out;
        }
        jdbc.sql(COLUMNS + " where panel_id in (:ids) order by panel_id, dossier_id")
                .param("ids", panelIds)
                .query((rs, n) -> row(rs))
                .list()
                .forEach(c ->
                        out.computeIfAbsent(c.panelId(), k -> new ArrayList<>()).add(c));
        return out;
    }

    public List<Covered> of(long panelId) {
        return byPanel(List.of(panelId)).getOrDefault(panelId, List.of());
    }

    /** Every coverage of the dossier at the step, the latest opening (the newest panel) first. */
    public List<Covered> all(long dossierId, String stepCode) {
        return jdbc.sql(COLUMNS + " where dossier_id = ? and step_code = ? order by opening desc, panel_id desc")
                .params(dossierId, stepCode)
                .query((rs, n) -> row(rs))
                .list();
    }

    /**
     * Of the given dossiers' runs and openings, which a panel already covers, as keys (one statement).
     * Precondition: the caller compares with {@link Covered#key(long, long, int)} of a waiting dossier.
     */
    public Set<String> coveredKeys(Collection<Long> dossierIds, String stepCode) {
        if (dossierIds.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        jdbc.sql(COLUMNS + " where dossier_id in (:ids) and step_code = :step")
                .param("ids", dossierIds)
                .param("step", stepCode)
                .query((rs, n) -> row(rs))
                .list()
                .forEach(c -> out.add(c.key()));
        return out;
    }

    /**
     * The runs' coverages by a <em>closed</em> panel, as run id → "step:opening" (one statement): what
     * {@code PANEL_CLOSED} is met by.
     */
    public Map<Long, Set<String>> closedByRun(Collection<Long> runIds) {
        Map<Long, Set<String>> out = new LinkedHashMap<>();
        if (runIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select pd.run_id, pd.step_code, pd.opening from review_panel_dossier pd"
                        + " join review_panel p on p.id = pd.panel_id"
                        + " where p.state = 'CLOSED' and pd.run_id in (:ids)")
                .param("ids", runIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2) + ":" + rs.getInt(3));
                });
        return out;
    }

    /** Records the decision once: {@code false} when another took it first (the row is updated only while empty). */
    public boolean decide(long panelId, long dossierId, String decision, String by, Instant at) {
        return jdbc.sql("update review_panel_dossier set decision = ?, decided_by = ?, decided_at = ?"
                                + " where panel_id = ? and dossier_id = ? and decision is null")
                        .params(decision, by, Timestamp.from(at), panelId, dossierId)
                        .update()
                == 1;
    }
}
