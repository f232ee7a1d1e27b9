package cn.ecozone.supervision.internal;

import cn.ecozone.shared.JobLocks;
import cn.ecozone.shared.StartupTask;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens the checks falling due, daily ({@code ecozone.supervision.opening-cron}; "-" turns it off, as
 * the test profile does, where tests call {@link #runOnce()}) and once when the application is ready
 * ({@code ecozone.supervision.open-at-start}). Safe with several instances: a run takes the {@code
 * supervision-opening} ShedLock lock, and the unique key of a check makes a second opening impossible.
 */
@Component
@Order(70)
public class CheckOpeningJob implements StartupTask {

    static final String LOCK = "supervision-opening";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JobLocks locks;
    private final CheckOpening opening;
    private final Clock clock;
    private final boolean atStart;

    CheckOpeningJob(
            JobLocks locks,
            CheckOpening opening,
            Clock clock,
            @Value("${ecozone.supervision.open-at-start:true}") boolean atStart) {
        this.locks = locks;
        this.opening = opening;
        this.clock = clock;
        this.atStart = atStart;
    }

    @Scheduled(cron = "${ecozone.supervision.opening-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        runOnce();
    }

    /** The run at start-up, a start-up task after the demo titles (order 70) and before this module's demo (71). */
    @Override
    public void run() {
        if (atStart) {
            runOnce();
        }
    }

    /** One run for today (Beijing); the number of checks opened, or -1 while another instance holds the lock. */
    public int runOnce() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BEIJING);
        return locks.runLocked(LOCK, Duration.ofMinutes(30), Duration.ZERO, () -> opening.openDue(today))
                .orElse(-1);
    }
}
