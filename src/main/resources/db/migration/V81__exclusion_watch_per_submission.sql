-- Issue 11 review: the verdict a watch row holds belongs to one submission. A dossier returned and
-- submitted again starts from "not excluded" (its submission passed the exclusion check), so a record
-- that excludes it again notifies the province again.
alter table dossier_exclusion_watch add column submitted_on date;
