-- Issue 8 part A: sessions follow the account, login throttling, security settings as data.

-- Raised whenever the account is disabled, locked, given another role or organization, or gets a new
-- password: a session that holds an older stamp ends at its next request.
alter table user_account add column session_stamp bigint default 0 not null;

-- Failed logins counted per client address ('addr:<address>') and per account and address
-- ('acct:<address>|<username>'), so that anonymous callers cannot lock an account out for everyone.
create table login_throttle (
    throttle_key   varchar(200) primary key,
    failures       integer      not null,
    window_start   timestamp(6) with time zone not null,
    blocked_until  timestamp(6) with time zone
);

-- The security settings the security administrator manages (one row, id 1).
create table security_setting (
    id                        integer primary key,
    max_failures              integer not null,
    lockout_minutes           integer not null,
    address_max_failures      integer not null,
    session_lifetime_minutes  integer not null,
    version                   bigint  not null,
    constraint security_setting_single check (id = 1),
    constraint security_setting_ranges check (
        max_failures between 3 and 10
        and lockout_minutes between 1 and 1440
        and address_max_failures between 5 and 1000
        and session_lifetime_minutes between 30 and 1440)
);
insert into security_setting (id, max_failures, lockout_minutes, address_max_failures, session_lifetime_minutes, version)
values (1, 5, 15, 20, 720, 0);
