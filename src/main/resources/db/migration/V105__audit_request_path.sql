-- The concrete path of the request a record was written for (e.g. /api/plans/12/submit), beside the
-- matched pattern in action: the audit log describes the record from it ("提交规划《…》", issue 14 §6)
-- and the auditor sees the raw request. Null for records written before and outside requests; a
-- record's hash covers it when it is present.
alter table audit_record add column request_path varchar(300);
