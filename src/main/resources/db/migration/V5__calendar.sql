-- The working-day calendar: the years whose State Council notice is held, and their special days.
create table calendar_year (
    cal_year    integer      not null primary key,
    source      varchar(200) not null,
    shipped     boolean      not null,
    updated_at  timestamp(6) with time zone not null,
    version     bigint       not null
);

create table calendar_day (
    cal_date     date        not null primary key,
    kind         varchar(24) not null,
    holiday      varchar(100),
    notice_year  integer     not null
);
create index calendar_day_notice_idx on calendar_day (notice_year);
