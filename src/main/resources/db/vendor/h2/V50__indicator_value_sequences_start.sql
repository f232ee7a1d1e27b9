-- H2 (PostgreSQL mode) only; PostgreSQL has its own V50 (setval). Starts the sequences of V49 after the
-- highest id held. Hibernate's pooled optimizer reads a sequence value v as the top of the block
-- v - 49 .. v, so the first value is the highest id + 50: the first block begins right after it (ADR 0015).
alter sequence indicator_value_seq restart with (select coalesce(max(id), 0) + 50 from indicator_value);
alter sequence indicator_value_history_seq
    restart with (select coalesce(max(id), 0) + 50 from indicator_value_history);
