-- Issue 14 §8: an indicator's group path in English, where the platform has one (ours: the shipped
-- edition files name each group in English too). Null for groups only named in Chinese (an edition
-- entered in the editor): the English UI then shows the Chinese path, labelled as a quotation.
-- Shipped editions already held are named at start-up by EditionLoader (only where still null).
alter table indicator add column group_path_en varchar(600);
