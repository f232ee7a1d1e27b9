-- Issue 14 §6: a check's evidence list searches, filters and sorts by the file's name, type and the
-- uploading organization in the link's own table, as the indicator evidence does (V129): the name and type
-- the stored document had when it was linked (a stored document never changes), and the organization of the
-- account that linked it (for earlier rows, the organization that account belongs to now).
alter table supervision_evidence add column file_name varchar(200);
alter table supervision_evidence add column file_type varchar(10);
alter table supervision_evidence add column organization_name varchar(200);
update supervision_evidence
   set file_name = (select d.name from document d where d.id = supervision_evidence.document_id),
       file_type = (select d.doc_type from document d where d.id = supervision_evidence.document_id),
       organization_name = (select o.name from user_account u join organization o on o.id = u.organization_id
                             where u.username = supervision_evidence.recorded_by);
