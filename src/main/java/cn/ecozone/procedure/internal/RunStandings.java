package cn.ecozone.procedure.internal;

import java.sql.Date;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads where runs stand for a list page ({@link Views#summaries}) by plain JDBC, one statement each
 * for the runs and for their current tasks' due dates. As JPQL with an {@code in} list, Hibernate
 * translated each statement anew on every request (the list's size changes the SQL), a quarter of a
 * plan-list request (issue 10, docs/performance.md "Reads, third pass").
 */
@Component
class RunStandings {

    private static final String RUNS = """
            select id, state, steps_json, current_step, step_round from procedure_run where id in (:runIds)
            """;

    private static final String SUBJECTS = """
            select id, state, subject_type, subject_id, steps_json, current_step, step_round
              from procedure_run where id in (:runIds)
            """;

    private static final String DUES = """
            select t.run_id, t.due_date, t.deadline_explanation
              from procedure_task t join procedure_run r on r.id = t.run_id
             where t.run_id in (:runIds) and r.state = 'OPEN'
               and t.step_index = r.current_step and t.step_round = r.step_round and t.due_date is not null
            """;

    private final JdbcClient jdbc;

    RunStandings(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Where each of the runs stands. Precondition: {@code runIds} is not empty. */
    List<RunStanding.Run> runs(Collection<Long> runIds) {
        return jdbc.sql(RUNS)
                .param("runIds", runIds)
                .query((rs, row) -> new RunStanding.Run(
                        rs.getLong(1),
                        RunEntity.State.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5)))
                .list();
    }

    /** Each of the runs with its subject. Precondition: {@code runIds} is not empty. */
    List<RunStanding.Subject> subjects(Collection<Long> runIds) {
        return jdbc.sql(SUBJECTS)
                .param("runIds", runIds)
                .query((rs, row) -> new RunStanding.Subject(
                        rs.getLong(1),
                        RunEntity.State.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getInt(7)))
                .list();
    }

    /**
     * The due dates of the tasks the open runs among {@code runIds} wait on (tasks of the current step
     * and round with a period). Precondition: {@code runIds} is not empty.
     */
    List<RunStanding.Due> dues(Collection<Long> runIds) {
        return jdbc.sql(DUES)
                .param("runIds", runIds)
                .query((rs, row) -> {
                    Date due = rs.getDate(2);
                    return new RunStanding.Due(rs.getLong(1), due.toLocalDate(), rs.getString(3));
                })
                .list();
    }
}
