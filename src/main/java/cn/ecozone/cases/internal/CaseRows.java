package cn.ecozone.cases.internal;

import cn.ecozone.cases.CaseView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A case's results and photos (child rows, replaced as a whole); every parameter bound. */
@Component
public class CaseRows {

    private final JdbcClient jdbc;

    CaseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the case's results with {@code results}, in order. */
    public void replaceResults(long caseId, List<CaseView.Result> results) {
        jdbc.sql("delete from typical_case_result where case_id = :id")
                .param("id", caseId)
                .update();
        int position = 0;
        for (CaseView.Result r : results) {
            jdbc.sql("insert into typical_case_result (case_id, position, label, figure, unit)"
                            + " values (:id, :position, :label, :figure, :unit)")
                    .param("id", caseId)
                    .param("position", position++)
                    .param("label", r.label())
                    .param("figure", r.value())
                    .param("unit", r.unit())
                    .update();
        }
    }

    /** The results of the cases, by case id; one statement. */
    public Map<Long, List<CaseView.Result>> results(Collection<Long> caseIds) {
        Map<Long, List<CaseView.Result>> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select case_id, label, figure, unit from typical_case_result where case_id in (:ids)"
                        + " order by case_id, position")
                .param("ids", caseIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new CaseView.Result(
                                    rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros(), rs.getString(4)));
                });
        return out;
    }

    /** Adds a photo at the end. */
    public void addPhoto(long caseId, long documentId) {
        jdbc.sql(
                        "insert into typical_case_photo (case_id, document_id, position)"
                                + " select :id, :doc, coalesce(max(position), -1) + 1 from typical_case_photo where case_id = :id")
                .param("id", caseId)
                .param("doc", documentId)
                .update();
    }

    /** Removes a photo; whether there was one. */
    public boolean removePhoto(long caseId, long documentId) {
        return jdbc.sql("delete from typical_case_photo where case_id = :id and document_id = :doc")
                        .param("id", caseId)
                        .param("doc", documentId)
                        .update()
                > 0;
    }

    /** The document ids of the cases' photos in order, by case id; one statement. */
    public Map<Long, List<Long>> photos(Collection<Long> caseIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select case_id, document_id from typical_case_photo where case_id in (:ids)"
                        + " order by case_id, position")
                .param("ids", caseIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return out;
    }
}
