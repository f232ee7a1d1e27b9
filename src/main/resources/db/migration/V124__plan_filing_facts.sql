-- Issue 14 §8: once its filing step has closed, a plan's filing explanation is rendered when it is read,
-- in the reader's language, from what it is made of: the filing period (working days, how they are
-- counted, the article) recorded at promulgation, and the working days a late filing came after the due
-- date (0 on time). The promulgation date, the due date and the filing date are stored already.
-- Rows promulgated before this migration have none of these: their stored filing_explanation (in the
-- language of whoever promulgated them) stays their explanation; nothing is parsed from it.
alter table plan add column filing_working_days integer;
alter table plan add column filing_counting varchar(20);
alter table plan add column filing_article varchar(40);
alter table plan add column filing_late_days integer;
