-- Issue 14 §4 (ADR 0056): the promulgation carries its issuing document (印发文件) as a file. It is kept
-- with the plan's texts in plan_text, told apart by kind: TEXT (the plan's text, numbered 1, 2, … as
-- before) and ISSUING_DOCUMENT (numbered 1, 2, … of their own, one per promulgation that carried one).
-- A row is still written once and never changed or deleted, so a revision keeps every earlier file.
alter table plan_text add column kind varchar(20) default 'TEXT' not null;
alter table plan_text add constraint plan_text_kind_ck check (kind in ('TEXT', 'ISSUING_DOCUMENT'));
alter table plan_text drop constraint plan_text_number_uq;
alter table plan_text add constraint plan_text_kind_number_uq unique (plan_id, kind, number);
