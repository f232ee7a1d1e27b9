-- Issue 10 (reads, docs/performance.md "Reads, third pass"): the plan list and the deadline list ask
-- for the first page of the rows in a scope, newest change (plans) or earliest due date (deadlines)
-- first. With an index on the region path alone, H2 took every row of the scope through it, looked
-- each up in the table (plans carry their steps and content as long texts) and sorted them all for
-- 20 rows (1,000 plans: scanCount 1,004, 6.9 ms). An index in the list's order that also holds the
-- path lets both databases walk it in order and stop after the page (scanCount 20-21, "index
-- sorted"), and count the scope's rows from the index alone. H2 prefers any index with a condition on
-- its first column to an ordered one, so the path-only indexes go: no other query filters plans or
-- deadlines by path (checked: Plans.inScope and Deadlines.findOpenInScope are the only ones).
drop index plan_path_idx;
create index plan_recent_idx on plan (updated_at desc, id desc, subject_region_path);

drop index deadline_path_idx;
create index deadline_due_idx on deadline (due_date, id, open_marker, region_path, role);
