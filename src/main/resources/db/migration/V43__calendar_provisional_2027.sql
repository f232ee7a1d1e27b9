-- 2027 as a provisional year (ADR 0014): the State Council's notice on the 2027 holidays was not
-- published when this was written, so working days could not be counted into 2027 (a 422 for every
-- period crossing the new year). Until the system admin enters the notice (PUT /api/calendar/years/2027,
-- which clears the flag), 2027 holds the weekends and only the holiday dates that the 《全国年节及纪念日
-- 放假办法》 (2024 revision, in force 2025-01-01) art. 2 fixes: 元旦 1 Jan; 春节 除夕 and 正月初一 to 初三;
-- 清明 the day of the solar term; 劳动节 1-2 May; 端午 and 中秋 their lunar days; 国庆 1-3 Oct. The
-- lunar and solar-term dates (春节 6 Feb, 清明 5 Apr, 端午 9 Jun, 中秋 15 Sep 2027) are from general
-- knowledge, not re-verified against an almanac here. Not included: the make-up days for holidays on a
-- weekend (art. 6) and the 调休 swaps, which only the notice fixes. Deadlines counted into a provisional
-- year say so in their explanation.
alter table calendar_year add column provisional boolean default false not null;

insert into calendar_year (cal_year, source, shipped, provisional, updated_at, version)
values (2027,
        '暂定：国务院办公厅关于2027年部分节假日安排的通知尚未发布，暂按《全国年节及纪念日放假办法》（2024年修订）第二条所定节日日期计，未含补假与调休；通知发布后请替换',
        false, true, current_timestamp, 0);

insert into calendar_day (cal_date, kind, holiday, notice_year) values
    (date '2027-01-01', 'HOLIDAY', '元旦', 2027),
    (date '2027-02-05', 'HOLIDAY', '春节', 2027),
    (date '2027-02-06', 'HOLIDAY', '春节', 2027),
    (date '2027-02-07', 'HOLIDAY', '春节', 2027),
    (date '2027-02-08', 'HOLIDAY', '春节', 2027),
    (date '2027-04-05', 'HOLIDAY', '清明节', 2027),
    (date '2027-05-01', 'HOLIDAY', '劳动节', 2027),
    (date '2027-05-02', 'HOLIDAY', '劳动节', 2027),
    (date '2027-06-09', 'HOLIDAY', '端午节', 2027),
    (date '2027-09-15', 'HOLIDAY', '中秋节', 2027),
    (date '2027-10-01', 'HOLIDAY', '国庆节', 2027),
    (date '2027-10-02', 'HOLIDAY', '国庆节', 2027),
    (date '2027-10-03', 'HOLIDAY', '国庆节', 2027);
