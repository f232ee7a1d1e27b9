-- ShedLock's table (JdbcTemplateLockProvider, default name and columns; ADR 0013) replaces the
-- hand-written JobLock's scheduler_lock (V16). Times are the database's own (usingDbTime()): on
-- PostgreSQL ShedLock writes timezone('utc', current_timestamp), a timestamp without time zone, so the
-- columns are plain timestamps in UTC, as ShedLock's documentation gives them; on H2 (one instance
-- per database file) the session's zone converts its current_timestamp the same way every time.
drop table scheduler_lock;

create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp(3) not null,
    locked_at   timestamp(3) not null,
    locked_by   varchar(255) not null
);
