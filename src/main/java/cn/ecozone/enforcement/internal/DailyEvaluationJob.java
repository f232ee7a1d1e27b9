package cn.ecozone.enforcement.internal;

import cn.ecozone.shared.JobLocks;
import cn.ecozone.shared.PageResult;
import cn.ecozone.title.TitleRecords;
import cn.ecozone.title.TitleView;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily evaluation of the conditions that time alone can make true (Guizhou art. 24(3): a forest
 * case's rectification task past its planned date): every title not revoked, a page of 200 at a time,
 * each judged in a transaction of its own. A title whose evaluation fails (a bug, bad data, or the
 * unique key of a proposal a listener opened at the same moment) is rolled back, logged with its id and
 * counted; the run goes on with the next title, and its outcome is logged at the end (review finding 3).
 * Runs once across instances under the ShedLock lock {@code enforcement-daily} ({@code
 * ecozone.enforcement.cron}, default 01:40 Beijing; "-" turns it off). Tests call {@link #run()}.
 */
@Component
public class DailyEvaluationJob {

    static final String LOCK = "enforcement-daily";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int PAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(DailyEvaluationJob.class);

    /**
     * What a run did.
     *
     * @param evaluated titles judged to the end (their transaction committed)
     * @param failed titles whose evaluation threw (rolled back, logged)
     * @param opened proposals opened
     */
    public record Outcome(int evaluated, int failed, int opened) {}

    private final JobLocks locks;
    private final TitleRecords titles;
    private final TitleEvaluation evaluation;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DailyEvaluationJob(
            JobLocks locks,
            TitleRecords titles,
            TitleEvaluation evaluation,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.locks = locks;
        this.titles = titles;
        this.evaluation = evaluation;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${ecozone.enforcement.cron:0 40 1 * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        run();
    }

    /** One run: what it did, or empty when another instance holds the lock. */
    public Optional<Outcome> run() {
        return locks.runLocked(LOCK, Duration.ofHours(2), Duration.ZERO, this::evaluateAll);
    }

    private Outcome evaluateAll() {
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        int evaluated = 0;
        int failed = 0;
        int opened = 0;
        for (int page = 0; ; page++) {
            PageResult<TitleView> found = titles.namedBetween(LocalDate.of(2000, 1, 1), today, page, PAGE);
            for (TitleView t : found.content()) {
                try {
                    Integer n = transactions.execute(status -> evaluation.evaluate(t));
                    opened += n == null ? 0 : n;
                    evaluated++;
                } catch (RuntimeException e) {
                    failed++;
                    log.error("Daily enforcement evaluation of title {} failed; the run goes on", t.id(), e);
                }
            }
            if ((long) (page + 1) * PAGE >= found.totalElements()) {
                Outcome outcome = new Outcome(evaluated, failed, opened);
                log.info(
                        "Daily enforcement evaluation on {}: {} titles evaluated, {} failed, {} proposals opened",
                        today,
                        evaluated,
                        failed,
                        opened);
                return outcome;
            }
        }
    }
}
