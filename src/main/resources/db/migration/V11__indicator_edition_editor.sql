-- The edition editor: editions created or completed by a province department are drafts owned by
-- that province until published; GRADE indicators carry their grades (best first, a JSON array) and
-- GRADE values their grade.
alter table indicator_edition add column owner_region_code varchar(12);
alter table indicator_edition add constraint indicator_edition_owner_fk
    foreign key (owner_region_code) references region (code);
alter table indicator_edition add column updated_at timestamp(6) with time zone;
-- counts the changes of a draft, so that every change moves the optimistic-lock version
alter table indicator_edition add column revision integer default 0 not null;
alter table indicator_edition add column published_at timestamp(6) with time zone;
alter table indicator_edition add column published_by varchar(64);
alter table indicator add column grades varchar(400);
alter table indicator_value add column grade_value varchar(40);
