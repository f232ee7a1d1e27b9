package cn.ecozone.deadline.internal;

import cn.ecozone.shared.DataScope;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a page of the deadline list by plain JDBC, only the columns the list shows and the
 * explanation in the user's language (issue 10, docs/performance.md "Lists, fourth pass"). The scope's
 * path prefix is a bound parameter. {@code deadline_due_idx} (V66) holds every column the conditions
 * name, in the list's order: the page stops after its rows and the count reads the index only.
 * Supervising staff and other roles have a statement each, so that neither evaluates the other's
 * role condition on every row the count reads.
 */
@Component
public class DeadlineListRows {

    private static final String COLUMNS = "select id, subject_type, subject_id, kind, title, region_code, role,"
            + " start_date, working_days, due_date, link,"
            + " case when :english then explanation_en else explanation_zh end";
    // not "like :scope": H2 plans a LIKE with a bound pattern anew on every execution
    private static final String IN_SCOPE = " from deadline where open_marker is not null"
            + " and left(region_path, :length) = :prefix and due_date <= :dueBy";
    private static final String OF_ROLE = " and role = :role";
    private static final String DUE_FROM = " and due_date >= :dueFrom";
    private static final String OVERDUE = " and due_date < :today";
    private static final String NOT_OVERDUE = " and due_date >= :today";
    private static final String TITLED = " and lower(title) like :text escape '\\'";
    private static final String TITLED_OR_NAMED =
            " and (lower(title) like :text escape '\\' or region_code in (:named))";
    private static final String PAGE = " limit :size offset :offset";

    /** The list's sort keys (issue 14 §6), each with its constant expression; the default is {@code due}. */
    public static final Map<String, String> SORTS =
            Map.of("due", "due_date", "title", "title", "region", "region_code", "kind", "kind");

    private final JdbcClient jdbc;

    DeadlineListRows(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * A page of the open deadlines whose region's path lies in {@code scope} due on or before {@code
     * dueBy}, the earliest first; only those of {@code role} unless it is null; with the explanation
     * in English or in Chinese. One statement for the page and one for the count, unless the page
     * shows where the list ends.
     */
    public Page<Row> open(DataScope scope, LocalDate dueBy, Role role, boolean english, Pageable page) {
        return matching(
                scope,
                new Conditions(dueBy, role, null, null, null, null, List.of()),
                ListSort.parse(null, SORTS, "due"),
                english,
                page);
    }

    /**
     * A page of the open deadlines in {@code scope} that meet every given condition, in {@code sort}'s
     * order then by id: one statement for the page and one for the count unless the page shows where
     * the list ends. Each condition is a constant fragment with bound parameters.
     */
    public Page<Row> matching(DataScope scope, Conditions c, ListSort sort, boolean english, Pageable page) {
        StringBuilder where = new StringBuilder(IN_SCOPE);
        if (c.role() != null) {
            where.append(OF_ROLE);
        }
        if (c.dueFrom() != null) {
            where.append(DUE_FROM);
        }
        if (c.overdue() != null) {
            where.append(c.overdue() ? OVERDUE : NOT_OVERDUE);
        }
        if (c.text() != null) {
            where.append(c.named().isEmpty() ? TITLED : TITLED_OR_NAMED);
        }
        String conditions = where.toString();
        List<Row> rows = bind(jdbc.sql(COLUMNS + conditions + sort.orderBy("id") + PAGE), scope, c)
                .param("english", english)
                .param("size", page.getPageSize())
                .param("offset", page.getOffset())
                .query(DeadlineListRows::row)
                .list();
        return PageableExecutionUtils.getPage(
                rows,
                page,
                () -> bind(jdbc.sql("select count(*)" + conditions), scope, c)
                        .query(Long.class)
                        .single());
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataScope scope, Conditions c) {
        spec = spec.param("length", scope.pathPrefix().length())
                .param("prefix", scope.pathPrefix())
                .param("dueBy", c.dueBy());
        if (c.role() != null) {
            spec = spec.param("role", c.role().name());
        }
        if (c.dueFrom() != null) {
            spec = spec.param("dueFrom", c.dueFrom());
        }
        if (c.overdue() != null) {
            spec = spec.param("today", c.today());
        }
        if (c.text() != null) {
            spec = spec.param("text", c.text());
            if (!c.named().isEmpty()) {
                spec = spec.param("named", c.named());
            }
        }
        return spec;
    }

    /**
     * The list's conditions.
     *
     * @param dueBy the last due date shown (required)
     * @param role only deadlines of this role, or null for every role
     * @param dueFrom the first due date shown, or null
     * @param overdue only overdue (due before {@code today}) or only not overdue, or null for both
     * @param text the lower-cased LIKE pattern for the title, or null
     * @param named the codes of the regions whose name contains the search text
     */
    public record Conditions(
            LocalDate dueBy,
            Role role,
            LocalDate dueFrom,
            Boolean overdue,
            LocalDate today,
            String text,
            List<String> named) {}

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                Role.valueOf(rs.getString(7)),
                rs.getDate(8).toLocalDate(),
                rs.getInt(9),
                rs.getDate(10).toLocalDate(),
                rs.getString(11),
                rs.getString(12));
    }

    /** An open deadline as the list reads it; {@code explanation} in the language asked for. */
    public record Row(
            long id,
            String subjectType,
            long subjectId,
            String kind,
            String title,
            String regionCode,
            Role role,
            LocalDate startDate,
            int workingDays,
            LocalDate dueDate,
            String link,
            String explanation) {}
}
