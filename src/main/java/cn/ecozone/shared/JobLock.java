package cn.ecozone.shared;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A named lock in the {@code scheduler_lock} table (ShedLock's layout), so that a scheduled job runs
 * on one instance at a time. Taking the lock is one conditional statement that the database
 * serializes: an insert that does nothing when the row exists, else an update of a row whose lock
 * has expired. Each statement commits on its own (no surrounding transaction), so a failed attempt
 * never poisons a caller's transaction.
 *
 * <p>A lock is held until it is released or until {@code lockAtMostFor} has passed (a crashed
 * instance cannot block the job for ever). Times come from the injected clock; instances' clocks
 * must agree to well within {@code lockAtMostFor}. The lock is a first line only: jobs must also be
 * idempotent in their data (see docs/adr/0008).
 */
@Component
public class JobLock {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String owner;

    JobLock(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.owner = hostName() + "/" + ManagementFactory.getRuntimeMXBean().getPid();
    }

    /** A lock this instance holds, taken at {@code lockedAt}. */
    public record Held(String name, Instant lockedAt) {}

    /**
     * Takes the lock {@code name} for at most {@code lockAtMostFor}.
     *
     * @return the held lock; empty when another holder's lock has not expired
     */
    public Optional<Held> tryLock(String name, Duration lockAtMostFor) {
        Instant now = clock.instant();
        OffsetDateTime until = utc(now.plus(lockAtMostFor));
        int inserted = jdbc.sql("insert into scheduler_lock (name, locked_until, locked_at, locked_by)"
                        + " values (:name, :until, :now, :owner) on conflict do nothing")
                .param("name", name)
                .param("until", until)
                .param("now", utc(now))
                .param("owner", owner)
                .update();
        if (inserted == 1) {
            return Optional.of(new Held(name, now));
        }
        int updated = jdbc.sql("update scheduler_lock set locked_until = :until, locked_at = :now, locked_by = :owner"
                        + " where name = :name and locked_until <= :now")
                .param("name", name)
                .param("until", until)
                .param("now", utc(now))
                .param("owner", owner)
                .update();
        return updated == 1 ? Optional.of(new Held(name, now)) : Optional.empty();
    }

    /**
     * Releases a held lock, keeping it at least until {@code lockedAt + lockAtLeastFor} so that an
     * instance whose schedule fires a moment later does not repeat the run at once. Does nothing if
     * the lock expired meanwhile and another instance took it.
     */
    public void unlock(Held lock, Duration lockAtLeastFor) {
        Instant now = clock.instant();
        Instant atLeast = lock.lockedAt().plus(lockAtLeastFor);
        jdbc.sql("update scheduler_lock set locked_until = :until"
                        + " where name = :name and locked_by = :owner and locked_at = :lockedAt")
                .param("until", utc(atLeast.isAfter(now) ? atLeast : now))
                .param("name", lock.name())
                .param("owner", owner)
                .param("lockedAt", utc(lock.lockedAt()))
                .update();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    /** Instants are bound as UTC offset date-times, which H2 and PostgreSQL map to timestamptz alike. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
