-- Issue 10 (ADR 0015): indicator values and their history take their ids from sequences instead of
-- identity columns, so that Hibernate can hand out ids before the insert and send the inserts of an
-- Excel import in JDBC batches. Each sequence steps by 50, the allocation size of the entity's
-- pooled optimizer (one sequence call reserves 50 ids). Existing ids are kept; V50 (one per vendor,
-- db/vendor/{vendor}) starts each sequence after the highest id held. The column default takes the
-- next value too, for rows inserted by SQL. Runs on H2 (PostgreSQL mode) and PostgreSQL.
create sequence indicator_value_seq start with 1 increment by 50;
create sequence indicator_value_history_seq start with 1 increment by 50;

alter table indicator_value alter column id drop identity;
alter table indicator_value alter column id set default nextval('indicator_value_seq');

alter table indicator_value_history alter column id drop identity;
alter table indicator_value_history alter column id set default nextval('indicator_value_history_seq');
