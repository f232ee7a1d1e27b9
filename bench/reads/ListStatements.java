import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The floor of the list benchmark (bench/reads/lists.sh) in the database alone: CPU time per execution
 * of the statements a plan-list and a deadline-list page run (the page of 20 and the count of the
 * scope), as the application runs them (prepared, bound parameters), one thread, after a warm-up.
 * JDK only, plus the JDBC driver on the class path (the packaged jar's H2 or PostgreSQL driver).
 *
 * <pre>java -cp 'app/lib/*' bench/reads/ListStatements.java JDBC-URL USER PASSWORD [SECONDS]</pre>
 *
 * Run it on the database lists.sh seeded (KEEP=1 keeps it), with ecozone stopped for an H2 file.
 * Scope: the province (every row), as im.staff sees the lists; deadlines due within 10 working days
 * are approximated by 14 days from today. The baseline is the one statement of GET /api/auth/me (the
 * session check), timed the same way in the same run; each line prints its ratio to it. The CPU is
 * this thread's: for H2 (embedded) that is the database's work; for PostgreSQL only the driver's (the
 * server's work is in its own process), so there the lines say little about the database.
 */
public class ListStatements {

    static final String PLAN_PAGE = "select id, programme, plan_kind, subject_region_code, title, period_start,"
            + " period_end, revision, state, run_id, steps_json, filing_due, filing_explanation, filed_on, updated_at"
            + " from plan where left(subject_region_path, ?) = ? order by updated_at desc, id desc limit ? offset ?";
    static final String PLAN_COUNT = "select count(*) from plan where left(subject_region_path, ?) = ?";
    static final String DEADLINE_PAGE = "select id, subject_type, subject_id, kind, title, region_code, role,"
            + " start_date, working_days, due_date, link, explanation_zh from deadline where open_marker is not null"
            + " and left(region_path, ?) = ? and due_date <= ? order by due_date, id limit ? offset ?";
    static final String DEADLINE_COUNT = "select count(*) from deadline where open_marker is not null"
            + " and left(region_path, ?) = ? and due_date <= ?";

    /** The scope as a bound LIKE pattern, as the lists had it before session 9: H2 plans it anew each time. */
    static final String PLAN_COUNT_LIKE = "select count(*) from plan where subject_region_path like ?";

    static final String DEADLINE_COUNT_LIKE = "select count(*) from deadline where open_marker is not null"
            + " and region_path like ? and due_date <= ?";

    /** The one statement of GET /api/auth/me (the session check, ADR 0017's amendment): the baseline. */
    static final String SESSION_CHECK = "select session_stamp from user_account where id = ? and enabled = true";

    /** The province's path: im.staff's scope. */
    static final String SCOPE = "/150000/";

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 3 ? Long.parseLong(args[3]) : 3;
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setReadOnly(true);
            java.sql.Date dueBy = java.sql.Date.valueOf(LocalDate.now().plusDays(14));
            long user;
            try (var s = db.prepareStatement("select min(id) from user_account");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                user = rs.getLong(1);
            }
            for (int round = 0; round < 2; round++) { // the first round warms up
                boolean print = round == 1;
                // each statement alternates two parameter sets with the same rows to read (the province and
                // the root: every seeded row lies in the province), so that H2 cannot hand back the result
                // of the last execution (it does for the same statement and parameters on unchanged tables)
                double base = time(db, "session check", SESSION_CHECK, seconds, print, 0, p(user), p(user + 1));
                time(db, "plan page", PLAN_PAGE, seconds, print, base, p(8, SCOPE, 20, 0), p(1, "/", 20, 0));
                time(db, "plan count", PLAN_COUNT, seconds, print, base, p(8, SCOPE), p(1, "/"));
                time(db, "plan count, like ?", PLAN_COUNT_LIKE, seconds, print, base, p(SCOPE + "%"), p("/%"));
                time(db, "deadline page", DEADLINE_PAGE, seconds, print, base, p(8, SCOPE, dueBy, 20, 0), p(
                        1, "/", dueBy, 20, 0));
                time(db, "deadline count", DEADLINE_COUNT, seconds, print, base, p(8, SCOPE, dueBy), p(1, "/", dueBy));
                time(db, "deadline count, like ?", DEADLINE_COUNT_LIKE, seconds, print, base, p(SCOPE + "%", dueBy), p(
                        "/%", dueBy));
            }
        }
    }

    static Object[] p(Object... params) {
        return params;
    }

    /** CPU µs per execution of {@code sql}; printed with its ratio to {@code base} (the baseline's µs). */
    static double time(Connection db, String name, String sql, long seconds, boolean print, double base, Object[]... sets)
            throws SQLException {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long cpu0 = bean.getCurrentThreadCpuTime();
        long n = 0;
        long rows = 0;
        while (System.nanoTime() < end) {
            Object[] params = sets[(int) (n % sets.length)];
            try (PreparedStatement s = db.prepareStatement(sql)) { // as a pool without a statement cache does
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    rows = 0;
                    while (rs.next()) {
                        rows++;
                        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                            rs.getObject(c);
                        }
                    }
                }
            }
            n++;
        }
        long cpu = bean.getCurrentThreadCpuTime() - cpu0;
        double micros = cpu / 1e3 / n;
        if (print) {
            System.out.printf(
                    "%-22s %5d rows  %8.1f µs CPU per execution  %s  (%d executions)%n",
                    name, rows, micros, base == 0 ? "baseline" : String.format("%6.1f × the session check", micros / base), n);
        }
        return micros;
    }
}
