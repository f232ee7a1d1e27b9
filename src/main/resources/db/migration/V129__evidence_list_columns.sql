-- Issue 14 §6: the evidence lists search, filter and sort by the file's name and type in the link's own
-- table (constant statements, no join into the document module's table at read time): the name and the
-- type the stored document had when it was linked. A stored document never changes, so the copy stays true.
alter table indicator_evidence add column file_name varchar(200);
alter table indicator_evidence add column file_type varchar(10);
update indicator_evidence
   set file_name = (select d.name from document d where d.id = indicator_evidence.document_id),
       file_type = (select d.doc_type from document d where d.id = indicator_evidence.document_id);
