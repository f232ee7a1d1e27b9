package cn.ecozone.indicator.internal.excel;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The import queue of this instance: one worker (an import must fit in a small heap beside
 * everything else) and a short queue behind it, of which each user gets a share. A user holds a
 * place from submission until the job ends, and may hold at most {@code perUser} places, so one user
 * sending many workbooks (or many slow ones) cannot fill the queue and lock everybody else out.
 * Places are counted atomically ({@link ConcurrentHashMap#compute}); thread-safe.
 */
final class ImportQueue {

    /** Why a job was not queued. */
    enum Refusal {
        /** The whole queue is full. */
        FULL,
        /** The user already holds its share. */
        SHARE_USED
    }

    /** A job was not queued. */
    static final class Refused extends RuntimeException {
        private final Refusal reason;

        Refused(Refusal reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        Refusal reason() {
            return reason;
        }
    }

    private final int perUser;
    private final ConcurrentHashMap<Long, Integer> held = new ConcurrentHashMap<>();
    private final AtomicInteger threads = new AtomicInteger();
    private final ThreadPoolExecutor executor;

    /**
     * @param capacity places waiting behind the running job
     * @param perUser places (waiting or running) one user may hold; at least 1
     */
    ImportQueue(int capacity, int perUser) {
        this.perUser = Math.max(1, perUser);
        this.executor =
                new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity), task -> {
                    Thread thread = new Thread(task, "excel-import-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Why the user could not queue a job now, or null if it could (a hint: {@link #submit} decides). */
    Refusal refusal(long userId) {
        if (held.getOrDefault(userId, 0) >= perUser) {
            return Refusal.SHARE_USED;
        }
        return executor.getQueue().remainingCapacity() > 0 ? null : Refusal.FULL;
    }

    /**
     * Queues the job for the user.
     *
     * @throws Refused when the user holds its share or the queue is full
     */
    void submit(long userId, Runnable job) {
        boolean[] taken = {false};
        held.compute(userId, (user, count) -> {
            int now = count == null ? 0 : count;
            if (now >= perUser) {
                return count;
            }
            taken[0] = true;
            return now + 1;
        });
        if (!taken[0]) {
            throw new Refused(Refusal.SHARE_USED);
        }
        try {
            executor.execute(() -> {
                try {
                    job.run();
                } finally {
                    release(userId);
                }
            });
        } catch (RejectedExecutionException e) {
            release(userId);
            throw new Refused(Refusal.FULL);
        }
    }

    private void release(long userId) {
        held.computeIfPresent(userId, (user, count) -> count <= 1 ? null : count - 1);
    }

    /** Jobs waiting behind the running one (the metric {@code ecozone.indicator.import.queue}). */
    int waiting() {
        return executor.getQueue().size();
    }

    /** Jobs running now: 0 or 1. */
    int running() {
        return executor.getActiveCount();
    }

    void shutdown() {
        executor.shutdownNow();
    }
}
