-- Issue 9 §3: an annual work plan's filing runs on a procedure run (subject type WORK_PLAN).
-- The run owns who acts, the timeline and the position; work_plan.state stays as its mirror so that
-- lists filter by state in one query. Plans created before this version have no run: a plan still
-- with its subject (DRAFT, RETURNED) gets one at the subject's next write; the old columns
-- (filed_*, returned_*, received_*, return_reason) and work_plan_entry keep their history, no longer
-- written. A FILED or RECEIVED plan without a run is read-only (no receiver action is offered).
alter table work_plan add column run_id bigint references procedure_run (id);
