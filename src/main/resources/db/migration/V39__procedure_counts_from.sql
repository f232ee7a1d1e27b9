-- Issue 9: a step's period may count from a date the actor gives when completing the step it counts
-- from (IM eco-civ art. 6: a plan is filed within 15 working days of its promulgation, whose date the
-- subject enters), instead of from the instant the step was completed.
alter table procedure_task add column counts_from date;
