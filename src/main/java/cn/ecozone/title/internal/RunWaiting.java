package cn.ecozone.title.internal;

import cn.ecozone.procedure.ProcedureTaskOpened;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When the step each run waits at was opened, kept from the engine's {@link ProcedureTaskOpened} events
 * in the acting transaction (a return, a withdrawal or the next step opening a task sets it), so that the
 * round overview reads the days waited for a page in one statement (table {@code title_run_waiting},
 * backfilled by V87).
 */
@Component
public class RunWaiting {

    private static final String UPDATE = "update title_run_waiting set since = :since where run_id = :run";
    private static final String INSERT = "insert into title_run_waiting (run_id, since) values (:run, :since)";
    private static final String READ = "select run_id, since from title_run_waiting where run_id in (:runs)";

    private final JdbcClient jdbc;
    private final Clock clock;

    RunWaiting(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    /** A task opened: its run waits since now. Acts on one run are serialized by the engine's run lock. */
    @EventListener
    void on(ProcedureTaskOpened opened) {
        Timestamp now = Timestamp.from(clock.instant());
        if (jdbc.sql(UPDATE).param("since", now).param("run", opened.runId()).update() == 0) {
            jdbc.sql(INSERT).param("run", opened.runId()).param("since", now).update();
        }
    }

    /** Since when each of the runs waits, by run id (runs without a record left out); one statement. */
    public Map<Long, Instant> since(Collection<Long> runIds) {
        Map<Long, Instant> out = new HashMap<>();
        if (runIds.isEmpty()) {
            return out;
        }
        jdbc.sql(READ)
                .param("runs", runIds)
                .query((rs, row) -> out.put(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .list();
        return out;
    }
}
