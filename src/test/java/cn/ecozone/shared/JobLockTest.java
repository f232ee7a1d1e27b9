package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.MutableClock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The lock's rules, on an H2 table of the production layout (V16). */
class JobLockTest {

    private final MutableClock clock = new MutableClock();
    private JdbcClient jdbc;
    private JobLock lock;

    @BeforeEach
    void table() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:joblock-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("create table scheduler_lock (name varchar(64) primary key,"
                        + " locked_until timestamp(6) with time zone not null,"
                        + " locked_at timestamp(6) with time zone not null, locked_by varchar(255) not null)")
                .update();
        lock = new JobLock(jdbc, clock);
    }

    @Test
    void theFirstCallerTakesAFreeLockAndTheSecondIsRefused() {
        assertThat(lock.tryLock("job", Duration.ofMinutes(10))).isPresent();
        assertThat(lock.tryLock("job", Duration.ofMinutes(10))).isEmpty();
        assertThat(lock.tryLock("other-job", Duration.ofMinutes(10)))
                .as("locks are per name")
                .isPresent();
    }

    @Test
    void aReleasedLockCanBeTakenAgain() {
        JobLock.Held held = lock.tryLock("job", Duration.ofMinutes(10)).orElseThrow();
        lock.unlock(held, Duration.ZERO);
        assertThat(lock.tryLock("job", Duration.ofMinutes(10))).isPresent();
    }

    @Test
    void aLockHeldTooLongExpiresSoThatACrashedHolderBlocksNobodyForEver() {
        lock.tryLock("job", Duration.ofMinutes(10)).orElseThrow();
        clock.advance(Duration.ofMinutes(9));
        assertThat(lock.tryLock("job", Duration.ofMinutes(10))).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(lock.tryLock("job", Duration.ofMinutes(10))).isPresent();
    }

    @Test
    void aReleaseKeepsTheLockForTheMinimumTime() {
        JobLock.Held held = lock.tryLock("job", Duration.ofMinutes(10)).orElseThrow();
        clock.advance(Duration.ofSeconds(5));
        lock.unlock(held, Duration.ofSeconds(30));
        assertThat(lock.tryLock("job", Duration.ofMinutes(10))).isEmpty();
        clock.advance(Duration.ofSeconds(25));
        assertThat(lock.tryLock("job", Duration.ofMinutes(10))).isPresent();
    }

    @Test
    void aHolderWhoseLockExpiredDoesNotReleaseTheNextHoldersLock() {
        JobLock.Held stale = lock.tryLock("job", Duration.ofMinutes(1)).orElseThrow();
        clock.advance(Duration.ofMinutes(2));
        lock.tryLock("job", Duration.ofMinutes(10)).orElseThrow();
        lock.unlock(stale, Duration.ZERO);
        assertThat(lock.tryLock("job", Duration.ofMinutes(10))).isEmpty();
    }
}
