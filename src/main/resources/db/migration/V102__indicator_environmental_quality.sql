-- Issue 13 §3 / review s14 F3: the indicators that "生态环境质量下降" (GZ art. 24(5), IM eco-civ art. 18) is
-- judged on are marked in the edition (a group's environmental_quality: true in the edition file), no
-- longer found by the word 环境质量 in their group's name.
alter table indicator add column environmental_quality boolean default false not null;

-- Editions already loaded keep the judgement the name rule gave them: the shipped groups marked in the
-- files (GZ-2SZS-2021 G1.1 环境质量, ECOCIV-CITY-2024 T2 （二）环境质量改善, BIM-2024 P5 加快推进生态环境质量
-- 持续好转) are exactly the groups whose path holds 环境质量, and so are those of editions made in the editor.
update indicator set environmental_quality = true where group_path like '%环境质量%';
