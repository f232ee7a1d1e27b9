-- Filing is received, not self-declared (issue 9, IM eco-civ art. 6): the receiving body's
-- acknowledgement is the filing receipt (备案回执), dated the day it received the filing.
-- Plans filed before this version keep their pinned path, which ended with the subject's filing:
-- they stay filed without a receipt (both columns null).
alter table plan add column filing_received_on date;
alter table plan add column filing_received_by varchar(100);
