package cn.ecozone.deadline.internal;

import cn.ecozone.shared.JobLocks;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Flags overdue deadlines and sends reminders on a schedule ({@code ecozone.deadlines.cron}; "-"
 * turns it off, as the test profile does, where tests call {@link #run()} directly).
 *
 * <p>Safe with several instances (docs/adr/0008, 0013): a run first takes the {@code deadline-job}
 * ShedLock lock ({@link JobLocks}), so that normally one instance works at a time; and every transition
 * is a conditional update, so that even two runs at once publish each event once.
 *
 * <p>Each call is timed as {@code ecozone.deadline.job} (Prometheus {@code
 * ecozone_deadline_job_seconds_count} and {@code _sum}) tagged {@code outcome}: {@code ran}, {@code
 * skipped} (another instance held the lock) or {@code failed} (ADR 0051).
 */
@Component
@EnableScheduling
@EnableConfigurationProperties(DeadlineProperties.class)
public class DeadlineJob {

    static final String LOCK = "deadline-job";

    private final JobLocks locks;
    private final DeadlineSweep sweep;
    private final DeadlineProperties properties;
    private final MeterRegistry meters;

    DeadlineJob(JobLocks locks, DeadlineSweep sweep, DeadlineProperties properties, MeterRegistry meters) {
        this.locks = locks;
        this.sweep = sweep;
        this.properties = properties;
        this.meters = meters;
        for (String outcome : new String[] {"ran", "skipped", "failed"}) {
            // every outcome is a series from the start, so that a monitor sees 0 rather than nothing
            timer(outcome);
        }
    }

    /** What a run did. */
    public record Result(boolean ran, int overdue, int reminded) {}

    @Scheduled(cron = "${ecozone.deadlines.cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        run();
    }

    /** One run; skipped (ran = false) while another instance holds the lock. */
    public Result run() {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try {
            Result result = sweep();
            outcome = result.ran() ? "ran" : "skipped";
            return result;
        } finally {
            sample.stop(timer(outcome));
        }
    }

    private Timer timer(String outcome) {
        return Timer.builder("ecozone.deadline.job")
                .description("Runs of the deadline job (flag overdue, send reminders) on this instance")
                .tag("outcome", outcome)
                .register(meters);
    }

    private Result sweep() {
        return locks.runLocked(LOCK, properties.lockAtMostFor(), properties.lockAtLeastFor(), () -> {
                    int overdue = sweep.flagOverdue();
                    int reminded = sweep.remind();
                    return new Result(true, overdue, reminded);
                })
                .orElse(new Result(false, 0, 0));
    }
}
