-- One row per title the enforcement module has judged (issue 13 §3, ADR 0030). Opening a proposal first takes the
-- title's row (insert ... on conflict do nothing, then select ... for update), so the register listener, the daily
-- job, the check listener and a demo task judging one title at the same moment open each proposal once, and the
-- second opener finds the first one's proposal instead of failing on the unique key.
create table enforcement_title (
    title_id  bigint  not null primary key
);
