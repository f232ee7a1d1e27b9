package cn.ecozone.deadline.internal;

import cn.ecozone.shared.DataScope;
import cn.ecozone.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
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
    private static final String ORDER = " order by due_date, id limit :size offset :offset";

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
        String where = role == null ? IN_SCOPE : IN_SCOPE + OF_ROLE;
        List<Row> rows = jdbc.sql(COLUMNS + where + ORDER)
                .param("english", english)
                .param("length", scope.pathPrefix().length())
                .param("prefix", scope.pathPrefix())
                .param("dueBy", dueBy)
                .param("role", role == null ? null : role.name())
                .param("size", page.getPageSize())
                .param("offset", page.getOffset())
                .query(DeadlineListRows::row)
                .list();
        return PageableExecutionUtils.getPage(
                rows,
                page,
                () -> jdbc.sql("select count(*)" + where)
                        .param("length", scope.pathPrefix().length())
                        .param("prefix", scope.pathPrefix())
                        .param("dueBy", dueBy)
                        .param("role", role == null ? null : role.name())
                        .query(Long.class)
                        .single());
    }

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
