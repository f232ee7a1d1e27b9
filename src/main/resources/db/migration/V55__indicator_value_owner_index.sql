-- Issue 10 (whole country): the index on (edition_code, data_year) served no query well. H2 picked it
-- for a read of many regions' values and then looked every row up in the table, 2-4x slower than its
-- scan of the table; a region's own read (its scorecard: one region, unit and a range of years) could
-- use only its edition prefix and so walked the whole edition. Replaced by an index that leads with
-- what a region's read binds; a read of many regions scans the table (RegionValueReader).
drop index indicator_value_year_idx;
create index indicator_value_owner_idx on indicator_value (edition_code, region_code, unit_id, data_year);
