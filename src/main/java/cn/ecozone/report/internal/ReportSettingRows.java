package cn.ecozone.report.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table {@code report_due_setting} by plain JDBC; every value bound. */
@Component
public class ReportSettingRows {

    /** One stored due day. */
    public record Row(
            long id,
            String jurisdiction,
            String regulationCode,
            String checkCode,
            String monthDay,
            String note,
            String setBy,
            Instant setAt,
            long version) {}

    private static final String COLUMNS = "select id, jurisdiction, regulation_code, check_code, month_day, note,"
            + " set_by, set_at, version from report_due_setting";

    private final JdbcClient jdbc;

    ReportSettingRows(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Every row of a jurisdiction. */
    public List<Row> of(String jurisdiction) {
        return jdbc.sql(COLUMNS + " where jurisdiction = :j order by regulation_code, check_code")
                .param("j", jurisdiction)
                .query(ReportSettingRows::row)
                .list();
    }

    /** The row of one setting. */
    public Optional<Row> find(String jurisdiction, String regulationCode, String checkCode) {
        return jdbc.sql(COLUMNS + " where jurisdiction = :j and regulation_code = :r and check_code = :c")
                .param("j", jurisdiction)
                .param("r", regulationCode)
                .param("c", checkCode)
                .query(ReportSettingRows::row)
                .optional();
    }

    /** Inserts the first value; a concurrent first insert fails on the unique constraint. */
    public void insert(
            String jurisdiction,
            String regulationCode,
            String checkCode,
            String monthDay,
            String note,
            String setBy,
            Instant setAt) {
        jdbc.sql("insert into report_due_setting (jurisdiction, regulation_code, check_code, month_day, note,"
                        + " set_by, set_at, version) values (:j, :r, :c, :m, :note, :by, :at, 0)")
                .param("j", jurisdiction)
                .param("r", regulationCode)
                .param("c", checkCode)
                .param("m", monthDay)
                .param("note", note)
                .param("by", setBy)
                .param("at", Timestamp.from(setAt))
                .update();
    }

    /** Updates a value if its version is still {@code version}; false when another change came first. */
    public boolean update(long id, long version, String monthDay, String note, String setBy, Instant setAt) {
        return jdbc.sql("update report_due_setting set month_day = :m, note = :note, set_by = :by, set_at = :at,"
                                + " version = version + 1 where id = :id and version = :version")
                        .param("m", monthDay)
                        .param("note", note)
                        .param("by", setBy)
                        .param("at", Timestamp.from(setAt))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getTimestamp(8).toInstant(),
                rs.getLong(9));
    }
}
