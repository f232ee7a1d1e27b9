-- The audit chain becomes keyed (HMAC-SM3, docs/adr/0012): each record names the key that signed it.
-- Records written before this migration keep key_id NULL and stay verifiable as unkeyed SM3; a record
-- without a key after a keyed one is refused by the verification.
alter table audit_record add column key_id varchar(32);
alter table audit_chain_head add column last_key_id varchar(32);
