-- A work plan's project row that names a key project must name one that exists (issue 8 §3, race
-- between deleting a key project and a work plan referring to it): the foreign key makes the database
-- refuse whichever of the two commits second. References left dangling by that race before this
-- version are cleared first (the row keeps the project's name).
update work_plan_project set key_project_id = null
    where key_project_id is not null and key_project_id not in (select id from key_project);
alter table work_plan_project add constraint work_plan_project_key_project_fk
    foreign key (key_project_id) references key_project (id);
