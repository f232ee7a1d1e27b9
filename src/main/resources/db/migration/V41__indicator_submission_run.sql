-- Issue 9 §3: indicator confirmation runs on the procedure engine (subject type INDICATOR_YEAR). The
-- run owns who acts, the timeline and the position; indicator_submission keeps its state as the mirror
-- that locks the values and that lists filter on. Rows from before this version get their run at
-- start-up (indicator.internal.ConfirmationBackfill, idempotent), replaying their state.
alter table indicator_submission add column run_id bigint references procedure_run (id);
