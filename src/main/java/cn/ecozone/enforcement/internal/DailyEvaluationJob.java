package cn.ecozone.enforcement.internal;

import cn.ecozone.shared.JobLocks;
import cn.ecozone.shared.PageResult;
import cn.ecozone.title.TitleRecords;
import cn.ecozone.title.TitleView;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily evaluation of the conditions that time alone can make true (Guizhou art. 24(3): a forest
 * case's rectification task past its planned date): every title not revoked, a page of 200 at a time,
 * each judged in a transaction of its own. Runs once across instances under the ShedLock lock
 * {@code enforcement-daily} ({@code ecozone.enforcement.cron}, default 01:40 Beijing; "-" turns it
 * off). Tests call {@link #run()}.
 */
@Component
public class DailyEvaluationJob {

    static final String LOCK = "enforcement-daily";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JobLocks locks;
    private final TitleRecords titles;
    private final TitleEvaluation evaluation;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DailyEvaluationJob(
            JobLocks locks,
            TitleRecords titles,
            TitleEvaluation evaluation,
            org.springframework.transaction.PlatformTransactionManager transactions,
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

    /** One run: the number of proposals opened, or -1 when another instance holds the lock. */
    public int run() {
        return locks.runLocked(LOCK, Duration.ofHours(2), Duration.ZERO, this::evaluateAll)
                .orElse(-1);
    }

    private int evaluateAll() {
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        int opened = 0;
        for (int page = 0; ; page++) {
            PageResult<TitleView> found = titles.namedBetween(LocalDate.of(2000, 1, 1), today, page, 200);
            for (TitleView t : found.content()) {
                Integer n = transactions.execute(status -> evaluation.evaluate(t));
                opened += n == null ? 0 : n;
            }
            if ((long) (page + 1) * 200 >= found.totalElements()) {
                return opened;
            }
        }
    }
}
