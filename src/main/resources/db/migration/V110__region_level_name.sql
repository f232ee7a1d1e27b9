-- Issue 14 §6: the words each province uses for its administrative levels and their governments, so that
-- labels follow the province's vocabulary (Guizhou says 市（州）, not 盟市 or 行政公署). Data, not code: a
-- province without rows gets the general words (地市, 县（市、区）) in the front end.
create table region_level_name (
    province_code   varchar(12)  not null references region (code),
    level           varchar(16)  not null,
    name_zh         varchar(50)  not null,
    name_en         varchar(100) not null,
    government_zh   varchar(100) not null,
    government_en   varchar(200) not null,
    primary key (province_code, level)
);

-- Inner Mongolia: 自治区, 盟市 (a league's government is its 行政公署), 旗县（市、区）.
insert into region_level_name (province_code, level, name_zh, name_en, government_zh, government_en)
values ('150000', 'PROVINCE', '自治区', 'autonomous region', '自治区人民政府', 'people''s government of the autonomous region');
insert into region_level_name (province_code, level, name_zh, name_en, government_zh, government_en)
values ('150000', 'PREFECTURE', '盟市', 'league or city', '盟市人民政府（行政公署）', 'league administrative office or city people''s government');
insert into region_level_name (province_code, level, name_zh, name_en, government_zh, government_en)
values ('150000', 'COUNTY', '旗县（市、区）', 'banner or county (city, district)', '旗县（市、区）人民政府', 'banner or county people''s government');

-- Guizhou: 省, 市（州）, 县（市、区）.
insert into region_level_name (province_code, level, name_zh, name_en, government_zh, government_en)
values ('520000', 'PROVINCE', '省', 'province', '省人民政府', 'provincial people''s government');
insert into region_level_name (province_code, level, name_zh, name_en, government_zh, government_en)
values ('520000', 'PREFECTURE', '市（州）', 'city or autonomous prefecture', '市（州）人民政府', 'city or prefecture people''s government');
insert into region_level_name (province_code, level, name_zh, name_en, government_zh, government_en)
values ('520000', 'COUNTY', '县（市、区）', 'county (city, district)', '县（市、区）人民政府', 'county people''s government');
