package cn.ecozone.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts checked files in place and removes files that no committed row names, one at a time per hash
 * (issue 10). The store keeps one file per SHA-256 for every document row of those bytes, so "is this
 * file still needed?" is a question about rows of other transactions: both putting a file in place
 * (done in the transaction that inserts its row, just before it commits) and removing an unnamed file
 * (after a rollback, and in the orphan sweep) lock the hash's row of {@code file_store_lock} (V59)
 * first. A removal therefore sees every row committed before it, and a placement after it finds the
 * file gone and moves its own copy in: no check-then-act on the file system.
 */
@Component
public class FilePlacement {

    private final JdbcClient jdbc;
    private final StoredFiles store;
    private final TransactionTemplate separate;

    FilePlacement(JdbcClient jdbc, StoredFiles store, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.store = store;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Moves the checked file to its hash name under the hash's lock, held until the current transaction
     * ends; if that transaction does not commit, the file is removed again unless a committed row names
     * it. Precondition: a transaction is open and has inserted (or will insert) the row naming the file.
     */
    public void place(FileStore.Written<?> written) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("a file is put in place only within the transaction recording it");
        }
        lock(written.sha256());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    removeUnnamed(written.sha256());
                }
            }
        });
        try {
            written.moveIntoPlace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes the stored file unless a committed document row names it, in a transaction of its own
     * holding the hash's lock. Safe with several instances on one store (deleting is idempotent).
     *
     * @return whether the file was removed
     */
    public boolean removeUnnamed(String sha256) {
        return Boolean.TRUE.equals(separate.execute(status -> {
            lock(sha256);
            boolean named = jdbc.sql("select count(*) from document where sha256 = :sha256")
                            .param("sha256", sha256)
                            .query(Long.class)
                            .single()
                    > 0;
            try {
                return !named && store.delete(sha256);
            } catch (IOException e) {
                return false; // the orphan sweep tries again
            }
        }));
    }

    /** Locks the row of the hash's first hex digit until the current transaction ends. */
    private void lock(String sha256) {
        jdbc.sql("select bucket from file_store_lock where bucket = :bucket for update")
                .param("bucket", Character.digit(sha256.charAt(0), 16))
                .query(Integer.class)
                .single();
    }
}
