-- A title revoked by a decision (issue 13 §3): the decision's reference, the reason and the day; the
-- title's state becomes REVOKED through its aggregate (title.TitleRevocation).
alter table title add column revoked_on date;
alter table title add column revocation_ref varchar(200);
alter table title add column revocation_reason varchar(2000);
