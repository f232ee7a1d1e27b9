-- Key projects entered in a plan's content go into the key project library (issue 14 §8): each row of
-- the plan is one record, linked by the plan and the row's key (plan_entry). The unique index keeps a
-- row from becoming two records; a record entered in the library itself has neither (nulls repeat).
-- plan_title is the plan's title at its last save of the content, shown as the record's origin.
alter table key_project add column plan_id bigint;
alter table key_project add column plan_entry varchar(36);
alter table key_project add column plan_title varchar(200);
create unique index key_project_plan_entry_uq on key_project (plan_id, plan_entry);
