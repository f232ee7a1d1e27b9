-- PostgreSQL only (H2 gets no V25): the application's role may insert audit records but never update,
-- delete or truncate them. The application user owns the schema, so a REVOKE would not bind it; a
-- trigger does (docs/adr/0012). Dropping the trigger needs DDL, which production should run as a
-- separate migration role.
create function audit_record_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_record_no_update_or_delete
    before update or delete on audit_record
    for each row execute function audit_record_append_only();

create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function audit_record_append_only();
