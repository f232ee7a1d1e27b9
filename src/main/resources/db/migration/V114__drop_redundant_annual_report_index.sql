-- V101's (region_path, report_year) index serves every lookup V88's (region_path) index served (a leading
-- column prefix), so the older one only costs each write (review s14 #10).
drop index annual_report_path_idx;
