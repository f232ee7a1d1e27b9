package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanManagement;
import cn.ecozone.shared.JobLocks;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires the filed plans whose period has ended (IM eco-civ art. 7), daily ({@code
 * ecozone.plans.expiry-cron}; "-" turns it off, as the test profile does). Safe with several instances:
 * the run takes the {@code plan-expiry} ShedLock lock ({@link JobLocks}), and each plan's expiry is
 * guarded by its version.
 */
@Component
public class PlanExpiryJob {

    static final String LOCK = "plan-expiry";

    private final JobLocks locks;
    private final PlanManagement plans;

    PlanExpiryJob(JobLocks locks, PlanManagement plans) {
        this.locks = locks;
        this.plans = plans;
    }

    @Scheduled(cron = "${ecozone.plans.expiry-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        run();
    }

    /** One run; returns how many plans expired, or -1 while another instance holds the lock. */
    public int run() {
        return locks.runLocked(LOCK, Duration.ofMinutes(30), Duration.ZERO, plans::expireEndedPeriods)
                .orElse(-1);
    }
}
