-- Excel imports of indicator values run as jobs. Their state lives here, so that any instance can
-- answer "how far is my import" while the instance that received the file does the work.
create table indicator_import_job (
    id               varchar(36)   not null primary key,
    edition_code     varchar(40)   not null references indicator_edition (code),
    created_by       bigint        not null,
    created_by_name  varchar(64)   not null,
    region_code      varchar(12),
    file_name        varchar(255),
    file_size        bigint        not null,
    file_sha256      varchar(64)   not null,
    state            varchar(16)   not null,
    phase            varchar(16)   not null,
    total_rows       integer,
    processed_rows   integer       not null,
    written_rows     integer       not null,
    saved            integer       not null,
    unchanged        integer       not null,
    error_count      integer       not null,
    message_key      varchar(100),
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    finished_at      timestamp(6) with time zone,
    version          bigint        not null
);
create index indicator_import_job_user_idx on indicator_import_job (created_by, created_at);

-- The errors found by a job's validation, in the order found (sheet, row, column). The reason is
-- kept as a message key with its arguments and rendered in the reader's language.
create table indicator_import_error (
    job_id        varchar(36)   not null references indicator_import_job (id),
    position      integer       not null,
    sheet         varchar(100),
    row_no        integer,
    column_letter varchar(4),
    column_name   varchar(40),
    message_key   varchar(100)  not null,
    args          varchar(2000),
    primary key (job_id, position)
);
