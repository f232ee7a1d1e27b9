package cn.ecozone.plan.internal;

import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.plan.PlanState;
import cn.ecozone.plan.PlanStep;
import cn.ecozone.plan.StepType;
import cn.ecozone.procedure.CarriedRun;
import cn.ecozone.procedure.CarriedRun.PastEntry;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.shared.JobLocks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries plans created before V40 onto the procedure engine at start-up: each gets a run waiting at
 * the step it stood at (a draft or returned plan at the subject's first step; a filed, promulgated or
 * expired one finished), the filing period counted from its promulgation date, and its {@code
 * plan_timeline} entries copied onto the run's timeline in the engine's terms; the old path's open
 * filing deadline ({@code PLAN_FILING}) is closed, the run's ({@code STEP_FILE}) replacing it. Idempotent (only plans
 * without a run, each in its own transaction) and safe with several instances: it takes the {@code
 * plan-carry-over} ShedLock lock ({@link JobLocks}, ADR 0013).
 */
@Component
public class PlanCarryOver {

    static final String LOCK = "plan-carry-over";

    /** The kind under which the old path registered the filing deadline (the engine's is {@code STEP_FILE}). */
    static final String OLD_FILING_DEADLINE = "PLAN_FILING";

    private static final Set<String> ACTS =
            Set.of("SUBMITTED", "EXAMINED", "REVIEWED", "REVISED", "PROMULGATED", "FILED", "FILING_RECEIVED");

    private final JobLocks locks;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Plans plans;
    private final PlanSteps steps;
    private final PlanProcedure procedure;
    private final ProcedureManagement procedures;
    private final DeadlineManagement deadlines;

    PlanCarryOver(
            JobLocks locks,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Plans plans,
            PlanSteps steps,
            PlanProcedure procedure,
            ProcedureManagement procedures,
            DeadlineManagement deadlines) {
        this.locks = locks;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.plans = plans;
        this.steps = steps;
        this.procedures = procedures;
        this.procedure = procedure;
        this.deadlines = deadlines;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        run();
    }

    /** Carries every plan without a run; returns how many, or -1 while another instance holds the lock. */
    public int run() {
        return locks.runLocked(LOCK, Duration.ofMinutes(30), Duration.ZERO, () -> {
                    int carried = 0;
                    for (Long id :
                            jdbc.queryForList("select id from plan where run_id is null order by id", Long.class)) {
                        if (Boolean.TRUE.equals(transactions.execute(s -> carry(id)))) {
                            carried++;
                        }
                    }
                    return carried;
                })
                .orElse(-1);
    }

    private boolean carry(long id) {
        PlanEntity plan = plans.findById(id).orElseThrow();
        if (plan.runId() != null) {
            return false;
        }
        List<PlanStep> path = steps.read(plan);
        ProcedureDefinition definition = procedure.definition(plan);
        PlanState state = plan.state();
        boolean finished = state == PlanState.FILED || state == PlanState.IN_FORCE || state == PlanState.EXPIRED;
        int index = finished
                ? definition.steps().size() - 1
                : state == PlanState.IN_PROGRESS
                        ? jdbc.queryForObject("select step_index from plan where id = ?", Integer.class, id)
                        : 0;
        // IM eco-civ art. 6: a plan waiting to be filed counts its period from the promulgation date
        LocalDate from = !finished && path.get(index).type() == StepType.FILE ? plan.promulgatedOn() : null;
        List<PastEntry> entries = jdbc.query(
                "select step_code, action, actor_name, actor_role, acted_at, opinion, outcome,"
                        + " document_id, detail from plan_timeline where plan_id = ? order by id",
                PlanCarryOver::entry,
                id);
        CarriedRun carried = new CarriedRun(index, finished, 0, plan.createdAt(), from, entries);
        plan.started(procedures.carryOver(PlanProcedure.subject(plan), definition, carried));
        // the run registered its own filing deadline: the old one must not stay open beside it
        deadlines.close(PlanProcedure.SUBJECT_TYPE, id, OLD_FILING_DEADLINE);
        plans.saveAndFlush(plan);
        return true;
    }

    /** An old entry in the engine's terms: the plan's step actions become acts, returns and withdrawals. */
    private static PastEntry entry(ResultSet rs, int row) throws SQLException {
        String action = rs.getString("action");
        String detail = rs.getString("detail");
        String opinion = rs.getString("opinion");
        long document = rs.getLong("document_id");
        boolean attached = cn.ecozone.plan.PlanRecordAction.ATTACHED.name().equals(action);
        String text =
                attached ? detail : detail == null ? opinion : opinion == null ? detail : opinion + "（" + detail + "）";
        if (text != null && text.length() > 2000) {
            text = text.substring(0, 2000);
        }
        Timestamp at = rs.getTimestamp("acted_at");
        return new PastEntry(
                rs.getString("step_code"),
                ACTS.contains(action)
                        ? "ACT"
                        : switch (action) {
                            case "RETURNED", "REVIEW_FAILED" -> "RETURN";
                            case "WITHDRAWN" -> "WITHDRAW";
                            default -> action;
                        },
                rs.getString("outcome"),
                text,
                rs.getString("actor_name"),
                rs.getString("actor_role"),
                null,
                at.toInstant(),
                document == 0 ? List.of() : List.of(document));
    }
}
