-- Issue 10 (reads): the values that reference averages are computed from are read by indicator
-- (edition_code = ? and indicator_code in (...) and a range of years, under a province's path). H2
-- uses an IN list only on the first column of an index, so through indicator_value_uk (which leads
-- with edition_code) it walked every value of the edition for each scorecard: 10,561 rows for two
-- indicators of the demo's Guizhou index, against 1,057 with this index. PostgreSQL can use either.
create index indicator_value_indicator_idx on indicator_value (indicator_code, data_year);
