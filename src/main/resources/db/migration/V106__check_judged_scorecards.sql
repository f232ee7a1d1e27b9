-- What a concluded check judged (ADR 0035, amended 2026-12-07): the scorecard(s) the province saw when it
-- recorded the conclusion, as JSON ({"checklist": {...} | null, "index": [{...}, ...]}), written once in
-- the concluding transaction. Null while the check is open, and for checks concluded before this column
-- existed (their page then shows the live scorecard, as before).
alter table supervision_check add column judged_json varchar(1000000);
