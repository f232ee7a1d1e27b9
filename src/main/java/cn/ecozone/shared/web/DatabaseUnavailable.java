package cn.ecozone.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises an exception caused by the database being unreachable (restarting, failing over, the
 * connection pool empty), which is answered with 503 and a retry hint rather than 500: Spring's
 * resource-failure types, the JDBC connection exception types, and SQLSTATE class 08 (connection
 * exception) or 57P01–57P03 (PostgreSQL shutting down or starting); a failed rollback on a connection
 * the pool had closed, and a transaction failure whose application exception is one of these.
 */
final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again. */
    static final String RETRY_AFTER_SECONDS = "30";

    private static final String CLOSED = "Connection is closed";

    private DatabaseUnavailable() {}

    static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof TransactionSystemException tx
                    && tx.getApplicationException() != null
                    && is(tx.getApplicationException())) {
                return true;
            }
            // HikariCP's proxy of a connection it already closed (the database went away under it) says
            // so without a SQLSTATE; seen as the rollback failure that replaces the first exception
            // ("Application exception overridden by rollback exception", .ci/stage-faults, ADR 0053)
            if (t instanceof SQLException sql && sql.getSQLState() == null && CLOSED.equals(sql.getMessage())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }
}
