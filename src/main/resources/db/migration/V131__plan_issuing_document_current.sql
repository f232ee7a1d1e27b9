-- Issue 14 §4 (ADR 0056's addendum): the public column lists a promulgated plan's issuing document (印发文件)
-- beside its text. The plan names the issuing document of its current promulgation as it names its
-- current text (document_id, document_name): set by the promulgation that carried one, cleared with the
-- rest of the promulgation by a revision. plan_text still keeps every file of every revision.
alter table plan add column issuing_document_id bigint references document (id);
alter table plan add column issuing_document_name varchar(200);

-- Existing promulgated plans: the issuing document the current revision's run saw (its promulgation's
-- entry lists the text it saw, then the issuing document; only the latter is of that kind).
update plan
   set issuing_document_id = (
       select max(t.document_id)
         from plan_text t
         join procedure_entry_document ed on ed.document_id = t.document_id
         join procedure_entry e on e.id = ed.entry_id
        where t.plan_id = plan.id
          and t.kind = 'ISSUING_DOCUMENT'
          and e.run_id = plan.run_id)
 where promulgated_on is not null;

update plan
   set issuing_document_name = (
       select t.name from plan_text t where t.plan_id = plan.id and t.document_id = plan.issuing_document_id)
 where issuing_document_id is not null;
