-- Spring Modulith's JDBC event publication registry (schema v2 of spring-modulith-events-jdbc 2.0,
-- columns as in its schema-h2.sql / schema-postgresql.sql; ADR 0013). Publishing an event to an
-- @ApplicationModuleListener stores one row per listener in the publishing transaction; the row is
-- deleted once the listener has completed (spring.modulith.events.completion-mode: delete), so the
-- table holds only outstanding publications: published, processing, failed or resubmitted.
--
-- Differences from the library's scripts, so that one file serves H2 and PostgreSQL: varchar instead
-- of PostgreSQL's text, microsecond timestamps (what both store), and no index on serialized_event
-- (PostgreSQL's is a hash index, H2's a b-tree): the table stays small because completed rows go.
create table event_publication (
    id                      uuid            not null primary key,
    listener_id             varchar(512)    not null,
    event_type              varchar(512)    not null,
    serialized_event        varchar(1000000) not null,
    publication_date        timestamp(6) with time zone not null,
    completion_date         timestamp(6) with time zone,
    status                  varchar(20),
    completion_attempts     integer,
    last_resubmission_date  timestamp(6) with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
create index event_publication_by_status_idx on event_publication (status);
