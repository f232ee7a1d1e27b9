-- PostgreSQL only; H2 has its own V50 (ALTER SEQUENCE … RESTART WITH a query, which PostgreSQL does
-- not take). Starts the sequences of V49 after the highest id held. Hibernate's pooled optimizer reads
-- a sequence value v as the top of the block v - 49 .. v, so the first value is the highest id + 50:
-- the first block begins right after it (ADR 0015). is_called = false: nextval returns this value.
select setval('indicator_value_seq', (select coalesce(max(id), 0) + 50 from indicator_value), false);
select setval('indicator_value_history_seq', (select coalesce(max(id), 0) + 50 from indicator_value_history), false);
