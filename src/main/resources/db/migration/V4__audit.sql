-- The append-only, hash-chained audit log. audit_chain_head holds the last link; appends lock it.
create table audit_record (
    sequence        bigint        not null primary key,
    occurred_at     timestamp(6) with time zone not null,
    username        varchar(64),
    role            varchar(32),
    organization    varchar(100),
    region_code     varchar(12),
    action          varchar(200)  not null,
    target          varchar(300),
    outcome         varchar(16)   not null,
    status          integer       not null,
    client_address  varchar(64),
    reason          varchar(1000),
    changes         varchar(20000),
    previous_hash   varchar(64),
    hash            varchar(64)   not null
);
create index audit_record_time_idx on audit_record (occurred_at);

create table audit_chain_head (
    id             integer     not null primary key,
    last_sequence  bigint      not null,
    last_hash      varchar(64)
);
insert into audit_chain_head (id, last_sequence, last_hash) values (1, 0, null);
