import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds the list benchmark (bench/reads/lists.sh): N copies of a demo plan that waits at a step (with
 * its run and the run's open tasks) and N copies of an open demo deadline, written with JDBC batches.
 * JDK only, plus the JDBC driver on the class path (the packaged jar's H2 or PostgreSQL driver).
 *
 * <pre>java -cp 'app/lib/*' bench/reads/Seed.java JDBC-URL USER PASSWORD [N]</pre>
 *
 * Run it while ecozone is stopped (H2 file databases admit one process). It does nothing when the
 * database already holds the copies (titles starting with 基准规划).
 */
public class Seed {

    static final String MARK = "基准规划";

    public static void main(String[] args) throws Exception {
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            if (count(db, "select count(*) from plan where title like ?", MARK + "%") > 0) {
                System.out.println("seed: already seeded");
                return;
            }
            long plan = one(db, "select min(id) from plan where state = 'IN_PROGRESS' and run_id is not null");
            long run = one(db, "select run_id from plan where id = ?", plan);
            List<Long> tasks = list(db, "select t.id from procedure_task t join procedure_run r on r.id = t.run_id"
                    + " where r.id = ? and t.step_index = r.current_step and t.step_round = r.step_round", run);
            long deadline = one(db, "select min(id) from deadline where open_marker is not null");

            insertCopies(db, "plan", plan, n, (i, row) -> {
                row.put("title", MARK + " " + i);
                row.put("run_id", null);
            });
            List<Long> plans = list(db, "select id from plan where title like ? order by id", MARK + "%");
            insertCopies(db, "procedure_run", run, n, (i, row) -> {
                row.put("subject_id", plans.get(i));
                row.put("subject_title", MARK + " " + i);
            });
            List<Long> runs =
                    list(db, "select id from procedure_run where subject_title like ? order by subject_id", MARK + "%");
            try (PreparedStatement update = db.prepareStatement("update plan set run_id = ? where id = ?")) {
                for (int i = 0; i < n; i++) {
                    update.setLong(1, runs.get(i));
                    update.setLong(2, plans.get(i));
                    update.addBatch();
                }
                update.executeBatch();
            }
            for (long task : tasks) {
                insertCopies(db, "procedure_task", task, n, (i, row) -> row.put("run_id", runs.get(i)));
            }
            insertCopies(db, "deadline", deadline, n, (i, row) -> {
                row.put("subject_id", 900_000_000L + i);
                row.put("title", MARK + "备案期限 " + i);
            });
            db.commit();
            System.out.printf("seed: %d plans (copies of plan %d, %d open tasks each) and %d deadlines%n",
                    n, plan, tasks.size(), n);
        }
    }

    interface Change {
        void apply(int index, Map<String, Object> row);
    }

    /** {@code n} copies of the row of {@code table} with {@code id}, the id left to the database. */
    static void insertCopies(Connection db, String table, long id, int n, Change change) throws SQLException {
        Map<String, Object> template = new LinkedHashMap<>();
        try (PreparedStatement read = db.prepareStatement("select * from " + table + " where id = ?")) {
            read.setLong(1, id);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                ResultSetMetaData meta = rs.getMetaData();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    template.put(meta.getColumnName(c).toLowerCase(), rs.getObject(c));
                }
            }
        }
        template.remove("id");
        List<String> columns = new ArrayList<>(template.keySet());
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (int i = 0; i < n; i++) {
                Map<String, Object> row = new LinkedHashMap<>(template);
                change.apply(i, row);
                for (int c = 0; c < columns.size(); c++) {
                    insert.setObject(c + 1, row.get(columns.get(c)));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static long one(Connection db, String sql, Object... args) throws SQLException {
        return list(db, sql, args).getFirst();
    }

    static long count(Connection db, String sql, Object... args) throws SQLException {
        return one(db, sql, args);
    }

    static List<Long> list(Connection db, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }
}
