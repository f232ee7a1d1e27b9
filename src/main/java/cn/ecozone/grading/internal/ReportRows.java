package cn.ecozone.grading.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The generated reports ({@code grading_report}, V95), by plain JDBC. */
@Component
public class ReportRows {

    /** A report as stored. */
    public record Report(
            long id,
            String jurisdictionCode,
            String jurisdictionPath,
            int year,
            int regionCount,
            long docxDocumentId,
            long pdfDocumentId,
            String generatedBy,
            Instant generatedAt) {}

    private final JdbcClient jdbc;

    ReportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Report r) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into grading_report (jurisdiction_code, jurisdiction_path, evaluated_year, region_count,"
                        + " docx_document_id, pdf_document_id, generated_by, generated_at)"
                        + " values (:code, :path, :year, :count, :docx, :pdf, :by, :at)")
                .param("code", r.jurisdictionCode())
                .param("path", r.jurisdictionPath())
                .param("year", r.year())
                .param("count", r.regionCount())
                .param("docx", r.docxDocumentId())
                .param("pdf", r.pdfDocumentId())
                .param("by", r.generatedBy())
                .param("at", Timestamp.from(r.generatedAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The latest report of the year whose jurisdiction lies in the reader's scope. */
    public Optional<Report> latest(int year, String scopePattern) {
        return jdbc
                .sql("select id, jurisdiction_code, jurisdiction_path, evaluated_year, region_count,"
                        + " docx_document_id, pdf_document_id, generated_by, generated_at from grading_report"
                        + " where evaluated_year = :year and jurisdiction_path like :scope order by id desc")
                .param("year", year)
                .param("scope", scopePattern)
                .query((rs, i) -> new Report(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getString(8),
                        rs.getTimestamp(9).toInstant()))
                .list()
                .stream()
                .findFirst();
    }
}
