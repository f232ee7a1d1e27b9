package cn.ecozone.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs work once the current transaction has committed (at once when there is none). */
public final class AfterCommit {

    private AfterCommit() {}

    /**
     * Runs {@code work} after the current transaction commits, not at all when it rolls back; at once
     * outside a transaction. For evicting a cache (evicted earlier, a concurrent read could load the
     * old rows again before the commit) and for mail about rows that must exist first.
     */
    public static void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }
}
