-- A province's own setting for a check (Guizhou art. 22 适时): the check opens this many calendar days
-- after the 满N年 day instead of on it. Absent: the day itself (the shipped suggestion, uncertain).
create table supervision_setting (
    province_code   varchar(12)   not null,
    check_code      varchar(40)   not null,
    delay_days      integer       not null,
    updated_by      varchar(64)   not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint        not null,
    constraint supervision_setting_pk primary key (province_code, check_code)
);
