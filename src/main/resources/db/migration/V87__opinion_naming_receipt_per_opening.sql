-- Records per opening of a step (ADR 0027, issue 12): a requirement is met only by a record made for the
-- step's current opening (procedure_run.step_round), so that a dossier returned past a step and brought
-- back is covered anew. Old records stay as history.

-- An opinion: a round, step and body may issue a supplementary opinion (补充意见) after the first, for
-- the dossiers that reach the step later or come back to it; the sequence numbers them (1 the first).
alter table opinion add column sequence integer default 1 not null;
alter table opinion drop constraint opinion_scope_uk;
alter table opinion add constraint opinion_scope_uk unique (round_id, step_code, scope_code, sequence);

-- The opening of the step each covered dossier's run was in when the opinion covered it. Backfill: the
-- latest opening of the opinion's step on that run opened before the opinion's coverage was last set:
-- its issue, or for a draft its last change (a refresh adds dossiers after the draft was created, so
-- created_at would give them 0 or an older opening).
alter table opinion_dossier add column opening integer default 0 not null;
update opinion_dossier set opening = coalesce(
    (select max(t.step_round) from procedure_task t join opinion o on o.id = opinion_dossier.opinion_id
      where t.run_id = opinion_dossier.run_id and t.step_code = o.step_code
        and t.opened_at <= coalesce(o.issued_at, o.updated_at)),
    0);
create index opinion_dossier_run_idx on opinion_dossier (run_id, opening);

-- A naming is recorded for one opening of the naming step. Backfill as above, by the naming's time (a
-- naming is written once, never changed, so recorded_at is when it was made for its opening).
alter table naming add column opening integer default 0 not null;
update naming set opening = coalesce(
    (select max(t.step_round) from procedure_task t
      where t.run_id = naming.run_id and t.step_code = naming.step_code and t.opened_at <= naming.recorded_at),
    0);

-- A receipt is recorded for one opening of NATIONAL_PLATFORM: the province may return the Ministry's
-- result step to it, and the subject records its submission again; the earlier receipt stays. Backfill
-- by recorded_at (a receipt is written once, so that is when it was made for its opening).
alter table platform_receipt add column opening integer default 0 not null;
update platform_receipt set opening = coalesce(
    (select max(t.step_round) from procedure_task t
      where t.run_id = platform_receipt.run_id and t.step_code = 'NATIONAL_PLATFORM'
        and t.opened_at <= platform_receipt.recorded_at),
    0);
alter table platform_receipt drop constraint platform_receipt_uk;
create index platform_receipt_dossier_idx on platform_receipt (dossier_id, id);
create index platform_receipt_run_idx on platform_receipt (run_id, opening);

-- When the step each open run waits at was opened (its task opened), for the round overview's days
-- waiting, kept by the title module from the engine's events. Backfill from the open runs' current tasks.
create table title_run_waiting (
    run_id  bigint  primary key,
    since   timestamp(6) with time zone not null
);
insert into title_run_waiting (run_id, since)
select r.id, max(t.opened_at) from procedure_run r
  join procedure_task t on t.run_id = r.id and t.step_index = r.current_step and t.step_round = r.step_round
 where r.state = 'OPEN'
 group by r.id;
