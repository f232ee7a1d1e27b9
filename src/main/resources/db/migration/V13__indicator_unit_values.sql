-- Values of construction units (unit_id > 0; 0 = the region itself): find a unit's values quickly,
-- e.g. to refuse deleting a unit that holds values. Runs on H2 (PostgreSQL mode) and PostgreSQL.
create index indicator_value_unit_idx on indicator_value (unit_id);
