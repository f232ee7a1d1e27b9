import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * What the import's id round trips cost on their own (issue 10, session 9): 4,000 {@code select nextval}
 * on one connection, as {@code PooledIds} makes for 200,000 ids (100,000 values and 100,000 history
 * rows) in blocks of 50 (ADR 0015, 0022); three rounds, in one transaction, rolled back (the sequence
 * moves on all the same). Prints {@code nextval x4000 ms=M} per round.
 *
 * <p>Usage: {@code java -cp "WORK/app/lib/*" NextVal.java URL USER PASSWORD} against a database of the
 * benchmark (e.g. the PostgreSQL one of a {@code KEEP=1} run).
 */
public class NextVal {

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                try (PreparedStatement p = c.prepareStatement("select nextval('indicator_value_history_seq')")) {
                    for (int i = 0; i < 4000; i++) {
                        try (ResultSet r = p.executeQuery()) {
                            r.next();
                        }
                    }
                }
                System.out.println("nextval x4000 ms=" + (System.nanoTime() - start) / 1_000_000);
            }
            c.rollback();
        }
    }
}
