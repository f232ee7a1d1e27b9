-- The reason given when a replacement of an administrator is approved (optional) or declined (required).
alter table admin_replacement add column decision_reason varchar(500);
