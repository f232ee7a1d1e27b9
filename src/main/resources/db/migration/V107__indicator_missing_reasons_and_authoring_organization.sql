-- Issue 14 §2, the entry side.
-- A year submitted with applicable indicators left without a value carries a reason for each
-- (DHIS2's "missing values require a comment"); the reasons of the latest submission are kept.
create table indicator_missing_reason (
    submission_id   bigint        not null references indicator_submission (id),
    indicator_code  varchar(40)   not null,
    reason          varchar(500)  not null,
    primary key (submission_id, indicator_code)
);

-- The organization that entered a value (and a change of it), shown instead of the username.
alter table indicator_value add column entered_by_org varchar(200);
alter table indicator_value_history add column changed_by_org varchar(200);

-- Evidence: the organization that uploaded it may remove it before submission, with a reason; the
-- file is kept for the audit, the link is marked removed.
alter table indicator_evidence add column organization_id bigint;
alter table indicator_evidence add column organization_name varchar(200);
alter table indicator_evidence add column removed_at timestamp(6) with time zone;
alter table indicator_evidence add column removed_by varchar(64);
alter table indicator_evidence add column removed_by_org varchar(200);
alter table indicator_evidence add column removed_reason varchar(500);
