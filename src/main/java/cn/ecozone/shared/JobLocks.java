package cn.ecozone.shared;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs a scheduled job on one instance at a time, with ShedLock's JDBC provider on the {@code
 * shedlock} table (V31) and the database's clock, so instances' clocks need not agree (ADR 0013).
 *
 * <p>A lock is held until the job ends, but at least {@code lockAtLeastFor} (an instance whose schedule
 * fires a moment later skips) and at most {@code lockAtMostFor} (a crashed holder blocks nobody for
 * ever). The lock is a first line only: jobs stay idempotent in their data (docs/adr/0008).
 */
@Configuration(proxyBeanMethods = false)
public class JobLocks {

    private final LockingTaskExecutor executor;

    JobLocks(LockingTaskExecutor executor) {
        this.executor = executor;
    }

    /** ShedLock's provider on the {@code shedlock} table, times taken from the database. */
    @Bean
    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    static LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
        return new DefaultLockingTaskExecutor(lockProvider);
    }

    /**
     * Runs {@code job} if the lock {@code name} is free, holding it meanwhile.
     *
     * @param lockAtMostFor longer than any run; after it another instance may take the lock
     * @param lockAtLeastFor how long the lock stays taken after a short run (zero: released at once)
     * @return the job's result; empty when another holder has the lock
     */
    public <T> Optional<T> runLocked(String name, Duration lockAtMostFor, Duration lockAtLeastFor, Supplier<T> job) {
        LockConfiguration lock = new LockConfiguration(ClockProvider.now(), name, lockAtMostFor, lockAtLeastFor);
        TaskResult<T> result;
        try {
            result = executor.executeWithLock(job::get, lock);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
    }
}
