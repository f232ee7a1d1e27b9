-- Where an edition applies and where an indicator's numbers lie (issue 8 §3).
-- province_code: the province of a provincial edition (values only of its regions); null = national.
-- range_min/range_max: the bounds of an indicator's numbers as the edition states them; both null where
-- it states none, and the platform derives 0–100 for shares and 0–1e12 otherwise (ValueRange).
alter table indicator_edition add column province_code varchar(12);
alter table indicator add column range_min double precision;
alter table indicator add column range_max double precision;

-- Shipped editions loaded before this version: the same data their files now state.
update indicator_edition set province_code = '520000' where code = 'GZ-2SZS-2021' and shipped = true;
update indicator_edition set province_code = '150000' where code = 'BIM-2024' and shipped = true;
update indicator set range_min = 1, range_max = 10 where edition_code = 'BIM-2024' and code = 'BIM-06';
update indicator set range_min = 0, range_max = 100 where edition_code = 'ECOCIV-CITY-2024' and code = 'C24-07-1';
