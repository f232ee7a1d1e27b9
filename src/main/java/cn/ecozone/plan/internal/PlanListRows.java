package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanState;
import cn.ecozone.shared.DataScope;
import cn.ecozone.shared.ListSort;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a page of the plan list by plain JDBC, only the columns the list shows and its standing
 * needs: not the plan's content (up to 20,000 characters) nor what promulgation and filing recorded
 * beyond the facts of the filing explanation (issue 10, docs/performance.md "Lists, fourth pass"). The scope's path prefix and the title pattern
 * are bound parameters. Without a keyword {@code plan_recent_idx} (V66) answers the page in its
 * order and stops after it; the count, spared when the page shows the list's end, reads that index
 * only.
 */
@Component
class PlanListRows {

    private static final String COLUMNS = "select id, programme, plan_kind, subject_region_code, title,"
            + " period_start, period_end, revision, state, run_id, steps_json, filing_due, filing_explanation,"
            + " filed_on, updated_at, promulgated_on, filing_working_days, filing_counting, filing_article,"
            + " filing_late_days from plan";
    private static final String PAGE = " limit :size offset :offset";
    // not "like :scope": H2 plans a LIKE with a bound pattern anew on every execution
    private static final String IN_SCOPE = " where left(subject_region_path, :length) = :prefix";
    private static final String TITLED = " and lower(title) like :text escape '\\'";
    private static final String TITLED_OR_NAMED =
            " and (lower(title) like :text escape '\\' or subject_region_code in (:named))";
    private static final String IN_REGION = " and left(subject_region_path, :regionLength) = :region";
    private static final String OF_STATE = " and state = :state";
    private static final String COVERING_YEAR = " and period_start <= :year and period_end >= :year";
    private static final String OF_PROGRAMME = " and programme = :programme";

    /** The list's sort keys (issue 14 §6), each with its constant expression; the default is {@code -updated}. */
    static final Map<String, String> SORTS = Map.of(
            "updated", "updated_at",
            "title", "title",
            "period", "period_start",
            "state", "state",
            "region", "subject_region_code",
            "due", "filing_due");

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
        return matching(
                scope,
                new Conditions(text, List.of(), null, null, null, null),
                ListSort.parse(null, SORTS, "-updated"),
                page);
    }

    /**
     * A page of the plans in {@code scope} that meet every given condition, in {@code sort}'s order
     * then the newest id: one statement for the page and one for the count unless the page shows where
     * the list ends. Each condition is a constant fragment with bound parameters.
     */
    Page<PlanRow> matching(DataScope scope, Conditions c, ListSort sort, Pageable page) {
        StringBuilder where = new StringBuilder(IN_SCOPE);
        if (c.text() != null) {
            where.append(c.named().isEmpty() ? TITLED : TITLED_OR_NAMED);
        }
        if (c.regionPath() != null) {
            where.append(IN_REGION);
        }
        if (c.state() != null) {
            where.append(OF_STATE);
        }
        if (c.year() != null) {
            where.append(COVERING_YEAR);
        }
        if (c.programme() != null) {
            where.append(OF_PROGRAMME);
        }
        String conditions = where.toString();
        List<PlanRow> rows = bind(jdbc.sql(COLUMNS + conditions + sort.orderBy("id desc") + PAGE), scope, c)
                .param("size", page.getPageSize())
                .param("offset", page.getOffset())
                .query(PlanListRows::row)
                .list();
        return PageableExecutionUtils.getPage(
                rows,
                page,
                () -> bind(jdbc.sql("select count(*) from plan" + conditions), scope, c)
                        .query(Long.class)
                        .single());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataScope scope, Conditions c) {
        spec = spec.param("length", scope.pathPrefix().length()).param("prefix", scope.pathPrefix());
        if (c.text() != null) {
            spec = spec.param("text", c.text());
            if (!c.named().isEmpty()) {
                spec = spec.param("named", c.named());
            }
        }
        if (c.regionPath() != null) {
            spec = spec.param("regionLength", c.regionPath().length()).param("region", c.regionPath());
        }
        if (c.state() != null) {
            spec = spec.param("state", c.state().name());
        }
        if (c.year() != null) {
            spec = spec.param("year", c.year());
        }
        if (c.programme() != null) {
            spec = spec.param("programme", c.programme());
        }
        return spec;
    }

    /**
     * The list's conditions, each null (or empty) when not asked for.
     *
     * @param text the lower-cased LIKE pattern for the title
     * @param named the codes of the regions whose name contains the search text
     * @param regionPath the path of the region filter
     */
    record Conditions(
            String text, List<String> named, String regionPath, PlanState state, Integer year, String programme) {}

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
                date(rs.getDate(14)),
                rs.getObject(15, OffsetDateTime.class).toInstant(),
                new PlanFiling(
                        date(rs.getDate(16)),
                        date(rs.getDate(12)),
                        rs.getObject(17, Integer.class),
                        rs.getString(18),
                        rs.getString(19),
                        date(rs.getDate(14)),
                        rs.getObject(20, Integer.class),
                        rs.getString(13)));
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
            LocalDate filedOn,
            Instant updatedAt,
            PlanFiling filing) {}
}
