package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanState;
import cn.ecozone.shared.DataScope;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a page of the plan list by plain JDBC, only the columns the list shows and its standing
 * needs: not the plan's content (up to 20,000 characters) nor what promulgation and filing recorded
 * (issue 10, docs/performance.md "Lists, fourth pass"). The scope's path prefix and the title pattern
 * are bound parameters. Without a keyword {@code plan_recent_idx} (V66) answers the page in its
 * order and stops after it; the count, spared when the page shows the list's end, reads that index
 * only.
 */
@Component
class PlanListRows {

    private static final String COLUMNS = "select id, programme, plan_kind, subject_region_code, title,"
            + " period_start, period_end, revision, state, run_id, steps_json, filing_due, filing_explanation,"
            + " filed_on, updated_at from plan";
    private static final String ORDER = " order by updated_at desc, id desc limit :size offset :offset";
    // not "like :scope": H2 plans a LIKE with a bound pattern anew on every execution
    private static final String IN_SCOPE = " where left(subject_region_path, :length) = :prefix";
    private static final String TITLED = " and lower(title) like :text escape '\\'";

    private final JdbcClient jdbc;

    PlanListRows(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * A page of the plans whose subject's path lies in {@code scope}, and whose lower-cased title
     * matches {@code text} unless it is null, the newest change first: one statement for the page and
     * one for the count unless the page shows where the list ends.
     */
    Page<PlanRow> inScope(DataScope scope, String text, Pageable page) {
        String where = text == null ? IN_SCOPE : IN_SCOPE + TITLED;
        List<PlanRow> rows = jdbc.sql(COLUMNS + where + ORDER)
                .param("length", scope.pathPrefix().length())
                .param("prefix", scope.pathPrefix())
                .param("text", text)
                .param("size", page.getPageSize())
                .param("offset", page.getOffset())
                .query(PlanListRows::row)
                .list();
        return PageableExecutionUtils.getPage(
                rows,
                page,
                () -> jdbc.sql("select count(*) from plan" + where)
                        .param("length", scope.pathPrefix().length())
                        .param("prefix", scope.pathPrefix())
                        .param("text", text)
                        .query(Long.class)
                        .single());
    }

    private static PlanRow row(ResultSet rs, int row) throws SQLException {
        return new PlanRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getInt(7),
                rs.getInt(8),
                PlanState.valueOf(rs.getString(9)),
                rs.getObject(10, Long.class),
                rs.getString(11),
                date(rs.getDate(12)),
                rs.getString(13),
                date(rs.getDate(14)),
                rs.getObject(15, OffsetDateTime.class).toInstant());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** A plan as the list reads it. */
    record PlanRow(
            long id,
            String programme,
            String planKind,
            String subjectRegionCode,
            String title,
            int periodStart,
            int periodEnd,
            int revision,
            PlanState state,
            Long runId,
            String stepsJson,
            LocalDate filingDue,
            String filingExplanation,
            LocalDate filedOn,
            Instant updatedAt) {}
}
