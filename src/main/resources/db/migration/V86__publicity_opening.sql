-- Issue 12, ADR 0027 (docs/publicity.md): a notice entry records the step opening it was made for, so
-- that PUBLICITY_ENDED is met only by a notice of the dossier's current visit to the step. A dossier
-- returned past the step and brought back is publicised anew; the old entry stays as history.
alter table publicity_notice_entry add column step_code varchar(40);
alter table publicity_notice_entry add column opening integer;

update publicity_notice_entry
   set step_code = (select n.step_code from publicity_notice n where n.id = publicity_notice_entry.notice_id);
alter table publicity_notice_entry alter column step_code set not null;

-- Backfill: the latest opening of the step on the entry's run that began before the notice was
-- published, or, for a draft, by now (a draft's list can be edited after the draft is made, so the visit
-- during which the dossier was listed may begin after created_at); none found leaves it empty.
update publicity_notice_entry
   set opening = (select max(t.step_round)
                    from procedure_task t
                    join publicity_notice n on n.id = publicity_notice_entry.notice_id
                   where t.run_id = publicity_notice_entry.run_id
                     and t.step_code = n.step_code
                     and t.opened_at <= coalesce(n.published_at, current_timestamp));

-- Two notices that listed one dossier in the same visit (allowed before): the published notice keeps the
-- opening over a draft, then the newest (higher id); the others keep none (history only; they meet no
-- requirement). A later draft never takes the visit from the published notice.
update publicity_notice_entry
   set opening = null
 where exists (select 1
                 from publicity_notice_entry o
                 join publicity_notice won on won.id = o.notice_id
                 join publicity_notice mine on mine.id = publicity_notice_entry.notice_id
                where o.run_id = publicity_notice_entry.run_id
                  and o.step_code = publicity_notice_entry.step_code
                  and o.opening = publicity_notice_entry.opening
                  and o.notice_id <> publicity_notice_entry.notice_id
                  and (case when won.state = 'PUBLISHED' then 1 else 0 end
                          > case when mine.state = 'PUBLISHED' then 1 else 0 end
                       or (case when won.state = 'PUBLISHED' then 1 else 0 end
                              = case when mine.state = 'PUBLISHED' then 1 else 0 end
                           and o.notice_id > publicity_notice_entry.notice_id)));

-- One notice per visit of a step: two issuers listing one dossier at once, one wins (409).
create unique index publicity_notice_entry_opening_uk on publicity_notice_entry (run_id, step_code, opening);

-- Guizhou art. 15: the province department may hand a complaint's investigation to the municipal
-- ecology bureau of the dossier's prefecture ("或委托"); who handed it over and when (none before).
alter table publicity_complaint add column delegated_by varchar(64);
alter table publicity_complaint add column delegated_at timestamp(6) with time zone;
