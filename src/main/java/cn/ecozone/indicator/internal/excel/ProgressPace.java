package cn.ecozone.indicator.internal.excel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Says when a running job's progress is worth a report: the first time, then at most once per
 * {@link #EVERY}. Each report is a transaction of its own (other instances read the bar), and one per
 * chunk or per thousand rows were 300 transactions for 100,000 values (issue 10, import); a bar that
 * moves four times a second is as good to a reader. Not thread-safe: one per job.
 */
final class ProgressPace {

    /** The least time between two reports. */
    static final Duration EVERY = Duration.ofMillis(250);

    private final Clock clock;
    private Instant last;

    ProgressPace(Clock clock) {
        this.clock = clock;
    }

    /** Whether to report now; when it says yes, the next yes comes {@link #EVERY} later at the soonest. */
    boolean due() {
        Instant now = clock.instant();
        // a clock set back (now before last) reports at once rather than never
        if (last == null || !now.isBefore(last.plus(EVERY)) || now.isBefore(last)) {
            last = now;
            return true;
        }
        return false;
    }
}
