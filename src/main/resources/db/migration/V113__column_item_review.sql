-- Issue 14 §7: column items are reviewed before they go public (先审后发). An item is drafted by a subject,
-- submitted, approved by a second person of the same organization or by the superior organization, and only
-- then published. The items published before this migration stay published (or withdrawn); who drafted them
-- is the publisher recorded then. ADR 0046.
alter table column_item add column state varchar(16) default 'PUBLISHED' not null;
alter table column_item add column organization_id bigint;
alter table column_item add column drafted_by_id bigint;
alter table column_item add column drafted_by varchar(64);
alter table column_item add column drafted_at timestamp(6) with time zone;
alter table column_item add column approved_by_id bigint;
alter table column_item add column approved_by varchar(64);
alter table column_item add column approved_at timestamp(6) with time zone;
alter table column_item add column return_reason varchar(500);
update column_item set drafted_by = published_by, drafted_at = published_at;
update column_item set state = 'WITHDRAWN' where withdrawn_at is not null;
alter table column_item alter column drafted_by set not null;
alter table column_item alter column drafted_at set not null;
alter table column_item alter column published_by drop not null;
alter table column_item alter column published_at drop not null;
alter table column_item alter column state drop default;
alter table column_item add constraint column_item_state_check
    check (state in ('DRAFT', 'PENDING', 'RETURNED', 'APPROVED', 'PUBLISHED', 'WITHDRAWN'));
-- the approvers' list: what waits in the regions below one
create index column_item_pending_idx on column_item (state, region_path);

-- The images (PNG/JPEG, shown inline) and attachments (downloads) of an item, stored through the document module.
create table column_item_file (
    item_id      bigint      not null references column_item (id),
    document_id  bigint      not null references document (id),
    image        boolean     not null,
    position     integer     not null,
    primary key (item_id, document_id)
);
