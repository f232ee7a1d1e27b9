package cn.ecozone.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares (registered for the test profile in application-test.yml),
 * so that a test can prove a constant number of statements: those of the current thread, or those of
 * any thread that begin with a given text (for work done on a worker thread, such as an import job).
 * A batched insert is prepared once per batch, however many rows it sends.
 */
public class CountingStatements implements StatementInspector {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private static final List<Watch> WATCHES = new CopyOnWriteArrayList<>();

    private record Watch(String prefix, AtomicInteger count) {}

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        for (Watch watch : WATCHES) {
            if (sql.regionMatches(true, 0, watch.prefix(), 0, watch.prefix().length())) {
                watch.count().incrementAndGet();
            }
        }
        return sql;
    }

    /** The statements the current thread prepares while {@code work} runs. */
    public static int during(Runnable work) {
        int before = COUNT.get()[0];
        work.run();
        return COUNT.get()[0] - before;
    }

    /**
     * The statements beginning with {@code prefix} (case ignored) that any thread prepares while
     * {@code work} runs; {@code work} must wait for what it starts on other threads.
     */
    public static int startingWith(String prefix, Runnable work) {
        Watch watch = new Watch(prefix, new AtomicInteger());
        WATCHES.add(watch);
        try {
            work.run();
        } finally {
            WATCHES.remove(watch);
        }
        return watch.count().get();
    }
}
