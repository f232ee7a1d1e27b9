package cn.ecozone.cases.internal;

import cn.ecozone.cases.PublicCase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The generated yearly collections, one per office and year; every parameter bound. */
@Component
public class CollectionRows {

    private final JdbcClient jdbc;

    CollectionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A collection row: which document holds its PDF. */
    public record Row(long id, String officeRegionCode, int year, long documentId, int caseCount, Instant at) {}

    /**
     * Records the office's collection of the year: the row locked and replaced if there is one, else
     * inserted (two first generations at once: the unique key refuses the second, 409).
     */
    public long record(String office, int year, long documentId, int count, String by, Instant at) {
        Optional<Long> existing = jdbc.sql("select id from typical_case_collection where office_region_code = :office"
                        + " and case_year = :year for update")
                .param("office", office)
                .param("year", year)
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            jdbc.sql("update typical_case_collection set document_id = :doc, case_count = :count, generated_by = :by,"
                            + " generated_at = :at, version = version + 1 where id = :id")
                    .param("doc", documentId)
                    .param("count", count)
                    .param("by", by)
                    .param("at", java.sql.Timestamp.from(at))
                    .param("id", existing.get())
                    .update();
            return existing.get();
        }
        jdbc.sql("insert into typical_case_collection (office_region_code, case_year, document_id, case_count,"
                        + " generated_by, generated_at) values (:office, :year, :doc, :count, :by, :at)")
                .param("office", office)
                .param("year", year)
                .param("doc", documentId)
                .param("count", count)
                .param("by", by)
                .param("at", java.sql.Timestamp.from(at))
                .update();
        return jdbc.sql(
                        "select id from typical_case_collection where office_region_code = :office and case_year = :year")
                .param("office", office)
                .param("year", year)
                .query(Long.class)
                .single();
    }

    /** A page of the collections, newest year first; and their number. */
    public List<Row> page(int page, int size) {
        return jdbc.sql("select id, office_region_code, case_year, document_id, case_count, generated_at"
                        + " from typical_case_collection order by case_year desc, office_region_code, id"
                        + " offset :offset rows fetch next :size rows only")
                .param("offset", (long) page * size)
                .param("size", size)
                .query((rs, n) -> row(rs))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from typical_case_collection")
                .query(Long.class)
                .single();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select id, office_region_code, case_year, document_id, case_count, generated_at"
                        + " from typical_case_collection where id = :id")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The row as the public reads it. */
    public static PublicCase.Collection view(Row r, String officeName) {
        return new PublicCase.Collection(r.id(), r.officeRegionCode(), officeName, r.year(), r.caseCount(), r.at());
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                rs.getLong(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getLong(4),
                rs.getInt(5),
                rs.getTimestamp(6).toInstant());
    }
}
