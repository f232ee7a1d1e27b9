-- Issue 9: since V40 a plan's return reason is the opinion of the RETURN entry on its run's timeline
-- (PlanView.returnReason reads it from there), and plans from before V40 carried their reasons over in
-- plan_timeline (plan.internal.PlanCarryOver copies it; it never read this column). Nothing reads or
-- writes plan.return_reason any more. plan.step_index stays: the carry-over reads it for plans that
-- were in progress when V40 came.
alter table plan drop column return_reason;
