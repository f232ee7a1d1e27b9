-- One schema for the tables of issue 13 (review finding 6).
--
-- The scope column region_path is varchar(64) everywhere else (region.path itself, V1). Every value stored
-- in annual_report (V88), enforcement_proposal and enforcement_rectification (V92) and typical_case (V96) is
-- a copy of region.path, so none can be longer than 64; the longest path in the shipped region data
-- (src/main/resources/data/regions.csv: province / prefecture / county / 9-digit township) has 32
-- characters. PostgreSQL refuses the change if a longer value were stored, so nothing is cut silently.
alter table annual_report alter column region_path set data type varchar(64);
alter table enforcement_proposal alter column region_path set data type varchar(64);
alter table enforcement_rectification alter column region_path set data type varchar(64);
alter table typical_case alter column region_path set data type varchar(64);

-- The title and the candidacy a report, a proposal or a rectification concerns exist (the same module
-- boundary as supervision_check, V90, and reward, V98, which reference title already).
alter table annual_report add constraint annual_report_title_fk foreign key (title_id) references title (id);
alter table enforcement_proposal add constraint enforcement_proposal_title_fk
    foreign key (title_id) references title (id);
alter table enforcement_proposal add constraint enforcement_proposal_candidacy_fk
    foreign key (candidacy_id) references candidacy (id);
alter table enforcement_rectification add constraint enforcement_rectification_title_fk
    foreign key (title_id) references title (id);
alter table enforcement_rectification add constraint enforcement_rectification_candidacy_fk
    foreign key (candidacy_id) references candidacy (id);

-- The annual report list filters by scope and year and orders by year.
create index annual_report_path_year_idx on annual_report (region_path, report_year);

-- V92's comment on enforcement_proposal_trigger_uk ("one open proposal per title, condition and
-- triggering record") is wrong: the key is unconditional, so a proposal of any state, dismissed ones
-- included, keeps the same trigger from opening a second proposal for good (whoever opens it first).
-- H2 and PostgreSQL do not share a "comment on constraint" syntax, so the correction is in
-- docs/enforcement.md.
