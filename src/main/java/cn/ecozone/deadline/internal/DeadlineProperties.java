package cn.ecozone.deadline.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reminders and the deadline job.
 *
 * @param reminderWorkingDays remind once when this many working days or fewer are left (default 3)
 * @param lockAtMostFor how long a crashed run may hold the job's lock before another instance takes it
 * @param lockAtLeastFor how long the lock stays taken after a run, so that an instance whose schedule
 *     fires a moment later skips rather than repeats the run
 */
@ConfigurationProperties("ecozone.deadlines")
public record DeadlineProperties(int reminderWorkingDays, Duration lockAtMostFor, Duration lockAtLeastFor) {

    public DeadlineProperties {
        if (reminderWorkingDays <= 0) {
            reminderWorkingDays = 3;
        }
        if (lockAtMostFor == null) {
            lockAtMostFor = Duration.ofMinutes(10);
        }
        if (lockAtLeastFor == null) {
            lockAtLeastFor = Duration.ZERO;
        }
    }
}
