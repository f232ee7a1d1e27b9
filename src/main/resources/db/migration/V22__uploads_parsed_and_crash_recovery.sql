-- Issue 8 §4: an image's size, read while decoding it at upload, is kept and shown.
alter table document add column width integer;
alter table document add column height integer;

-- Issue 8 §8: the instance that runs an import job; at start-up an instance marks the jobs it left
-- running as failed (it crashed with them), instead of leaving them RUNNING for 15 minutes.
alter table indicator_import_job add column instance_id varchar(100);
create index indicator_import_job_running_idx on indicator_import_job (state, instance_id);

-- The orphan sweep asks whether a stored file is named by a row.
create index document_sha256_idx on document (sha256);
