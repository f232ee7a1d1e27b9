-- Issue 11 §2 (dossier-ui): what the platform last found about each dossier in review, so that a
-- register record that newly excludes it notifies the province once, and a record that does not
-- change the verdict notifies nobody. Absent row = not excluded (exclusions block submission).
create table dossier_exclusion_watch (
    dossier_id   bigint       not null primary key references dossier (id),
    excluded     boolean      not null,
    record_id    bigint,
    checked_at   timestamp(6) with time zone not null
);
