package cn.ecozone.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts every SQL statement sent through the application's {@link DataSource}, whoever sends it
 * (Hibernate, {@code JdbcClient}, {@code JdbcTemplate}, plain JDBC), so that a test can prove a constant
 * number of statements: those of the current thread, or those of any thread that begin with a given
 * text (for work done on a worker thread, such as an import job). A prepared statement or call counts
 * once when it is prepared, however often and with however many batched rows it is executed (a batched
 * insert is prepared once per batch); a plain {@link Statement} counts once per SQL text it executes.
 * Registered for every {@link ApiTest} by {@link StatementCountFilter}, which wraps the data source.
 *
 * <p>The session store's own statements (Spring Session JDBC's {@code spring_session} tables, with
 * {@code ECOZONE_SESSION_STORE=jdbc}, ADR 0053) are not counted: a fixed few per request whatever the
 * rows, present or not by configuration, so the counts asserted are the same in both stores.
 */
public final class CountingStatements implements BeanPostProcessor {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    /** The bind parameters ({@code ?}) of the statements counted in {@link #COUNT}. */
    private static final ThreadLocal<int[]> PLACEHOLDERS = ThreadLocal.withInitial(() -> new int[1]);

    private static final List<Watch> WATCHES = new CopyOnWriteArrayList<>();

    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall");

    private static final Set<String> EXECUTING =
            Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

    private record Watch(String prefix, AtomicInteger count) {}

    /** Wraps the application's data source so that its connections count what they send. */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Counted)) {
            return new Counted(dataSource);
        }
        return bean;
    }

    static void count(String sql) {
        if (sql.toLowerCase(Locale.ROOT).contains("spring_session")) {
            return;
        }
        COUNT.get()[0]++;
        PLACEHOLDERS.get()[0] += (int) sql.chars().filter(c -> c == '?').count();
        for (Watch watch : WATCHES) {
            if (sql.regionMatches(true, 0, watch.prefix(), 0, watch.prefix().length())) {
                watch.count().incrementAndGet();
            }
        }
    }

    /** The statements the current thread sends while {@code work} runs. */
    public static int during(Runnable work) {
        int before = COUNT.get()[0];
        work.run();
        return COUNT.get()[0] - before;
    }

    /**
     * The bind parameters ({@code ?} in the SQL text) of the statements the current thread sends while
     * {@code work} runs: constant when a filter binds one value, growing when it binds one per row.
     */
    public static int placeholdersDuring(Runnable work) {
        int before = PLACEHOLDERS.get()[0];
        work.run();
        return PLACEHOLDERS.get()[0] - before;
    }

    /**
     * The statements beginning with {@code prefix} (case ignored) that any thread sends while {@code
     * work} runs; {@code work} must wait for what it starts on other threads.
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

    /** The data source whose connections count; {@code unwrap} still reaches the pool. */
    static final class Counted extends DelegatingDataSource {

        Counted(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(Connection.class, super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(Connection.class, super.getConnection(username, password));
        }
    }

    /**
     * A proxy of {@code target} that counts the statements a connection prepares and the SQL a plain
     * statement executes, and hands out counting plain statements.
     */
    private static <T> T counting(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {}
            }
            boolean connection = type == Connection.class;
            if (args != null && args.length > 0 && args[0] instanceof String sql) {
                if (connection ? PREPARING.contains(method.getName()) : EXECUTING.contains(method.getName())) {
                    count(sql);
                }
            }
            Object result = invoke(method, target, args);
            if (connection && method.getName().equals("createStatement")) {
                return counting(Statement.class, (Statement) result);
            }
            return result;
        };
        return type.cast(
                Proxy.newProxyInstance(CountingStatements.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }
}
