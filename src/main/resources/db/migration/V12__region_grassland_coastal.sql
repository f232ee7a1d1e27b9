-- Whether a region has grassland (有草原) and whether it is coastal (沿海), for indicators that apply only to
-- grassland or coastal areas. Null = not known yet: an unknown attribute never makes an indicator inapplicable.
-- Province staff set them with the other region attributes. Runs on H2 (PostgreSQL mode) and PostgreSQL.
alter table region add column grassland boolean;
alter table region add column coastal boolean;
