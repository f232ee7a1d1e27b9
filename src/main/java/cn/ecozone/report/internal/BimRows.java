package cn.ecozone.report.internal;

import cn.ecozone.report.BimConsolidation;
import cn.ecozone.report.BimReport;
import cn.ecozone.report.BimSender;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables {@code bim_report} and {@code bim_consolidation} by plain JDBC; every value bound. */
@Component
public class BimRows {

    private static final String REPORTS = "select id, report_year, sender_code, sender_name, sender_kind,"
            + " report_text, received_by, received_at from bim_report";
    private static final String CONSOLIDATIONS = "select id, report_year, reports_included, docx_document_id,"
            + " pdf_document_id, made_by, made_at from bim_consolidation";

    private final JdbcClient jdbc;

    BimRows(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Records a received report; a second of the same sender and year fails on the unique constraint. */
    public long insert(int year, BimSender sender, String text, String receivedBy, Instant at) {
        jdbc.sql("insert into bim_report (report_year, sender_code, sender_name, sender_kind, report_text,"
                        + " received_by, received_at) values (:y, :c, :n, :k, :t, :by, :at)")
                .param("y", year)
                .param("c", sender.code())
                .param("n", sender.nameZh())
                .param("k", sender.kind().name())
                .param("t", text)
                .param("by", receivedBy)
                .param("at", Timestamp.from(at))
                .update();
        return jdbc.sql("select id from bim_report where report_year = :y and sender_code = :c")
                .param("y", year)
                .param("c", sender.code())
                .query(Long.class)
                .single();
    }

    /** The reports received for a year, optionally of one sender, in the order received. */
    public List<BimReport> reports(int year, String senderCode) {
        // two statements rather than "(:c is null or …)", whose null PostgreSQL cannot type
        var statement = senderCode == null
                ? jdbc.sql(REPORTS + " where report_year = :y order by received_at, id")
                : jdbc.sql(REPORTS + " where report_year = :y and sender_code = :c order by received_at, id")
                        .param("c", senderCode);
        return statement.param("y", year).query(BimRows::report).list();
    }

    public Optional<BimReport> report(long id) {
        return jdbc.sql(REPORTS + " where id = :id")
                .param("id", id)
                .query(BimRows::report)
                .optional();
    }

    private static BimReport report(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new BimReport(
                rs.getLong(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                BimSender.Kind.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                rs.getTimestamp(8).toInstant());
    }

    public BimConsolidation insertConsolidation(int year, int included, long docx, long pdf, String by, Instant at) {
        jdbc.sql("insert into bim_consolidation (report_year, reports_included, docx_document_id, pdf_document_id,"
                        + " made_by, made_at) values (:y, :i, :d, :p, :by, :at)")
                .param("y", year)
                .param("i", included)
                .param("d", docx)
                .param("p", pdf)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
        return jdbc.sql(CONSOLIDATIONS + " where pdf_document_id = :p")
                .param("p", pdf)
                .query(BimRows::consolidation)
                .single();
    }

    public List<BimConsolidation> consolidations(int year) {
        return jdbc.sql(CONSOLIDATIONS + " where report_year = :y order by made_at desc, id desc")
                .param("y", year)
                .query(BimRows::consolidation)
                .list();
    }

    public Optional<BimConsolidation> consolidation(long id) {
        return jdbc.sql(CONSOLIDATIONS + " where id = :id")
                .param("id", id)
                .query(BimRows::consolidation)
                .optional();
    }

    private static BimConsolidation consolidation(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new BimConsolidation(
                rs.getLong(1),
                rs.getInt(2),
                rs.getInt(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant());
    }
}
