package cn.ecozone.registry.internal;

import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads confirmed register records for the exclusion checks by plain JDBC: two statements (records,
 * then their tasks) however many records and subjects. Every value is a bound parameter.
 */
@Component
public class RegisterEntries {

    private static final String RECORDS = "select id, kind, region_code, region_path, category, occurred_on,"
            + " record_year, level, major, completed, due_on, closed_on, completed_on, imposed_by, summary,"
            + " source_number, source_date, source_issuer from register_record"
            + " where state = 'CONFIRMED' and occurred_on between :from and :to"
            + " and left(region_path, :length) = :prefix order by occurred_on, id";
    private static final String TASKS = "select t.record_id, t.description, t.planned_on, t.completed_on"
            + " from register_task t join register_record r on r.id = t.record_id"
            + " where r.state = 'CONFIRMED' and r.occurred_on between :from and :to"
            + " and left(r.region_path, :length) = :prefix order by t.record_id, t.position";

    private final JdbcClient jdbc;

    RegisterEntries(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * The confirmed records whose region's path starts with {@code pathPrefix} (the region itself and
     * every region within it) and whose {@code occurred_on} lies in {@code [from, to]}, both days
     * included, the earliest first.
     */
    public List<RegisterEntry> confirmedWithin(String pathPrefix, LocalDate from, LocalDate to) {
        Map<Long, List<RegisterEntry.Task>> tasks = new HashMap<>();
        jdbc.sql(TASKS)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("length", pathPrefix.length())
                .param("prefix", pathPrefix)
                .query((ResultSet rs) -> {
                    tasks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new RegisterEntry.Task(rs.getString(2), date(rs, 3), date(rs, 4)));
                });
        return jdbc.sql(RECORDS)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .param("length", pathPrefix.length())
                .param("prefix", pathPrefix)
                .query((rs, n) -> entry(rs, tasks.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    private static RegisterEntry entry(ResultSet rs, List<RegisterEntry.Task> tasks) throws SQLException {
        return new RegisterEntry(
                rs.getLong(1),
                RegisterKind.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                date(rs, 6),
                (Integer) rs.getObject(7),
                rs.getString(8),
                (Boolean) rs.getObject(9),
                (Boolean) rs.getObject(10),
                date(rs, 11),
                date(rs, 12),
                date(rs, 13),
                rs.getString(14),
                rs.getString(15),
                new RegisterEntry.Source(rs.getString(16), date(rs, 17), rs.getString(18)),
                List.copyOf(tasks));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
