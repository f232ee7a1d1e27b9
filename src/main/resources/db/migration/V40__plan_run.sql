-- Issue 9 §8: a plan's path runs on the procedure engine (subject type PLAN), one run per revision;
-- plan.run_id names the current revision's run. plan.state stays as its mirror (plus EXPIRED, the
-- plan's own) so that lists and the expiry job select in one query. step_index and return_reason are
-- no longer written; plans created before this version are carried onto the engine at start-up
-- (plan.internal.PlanCarryOver), which reads them and plan_timeline.
alter table plan add column run_id bigint references procedure_run (id);
alter table plan alter column step_index set default 0;
