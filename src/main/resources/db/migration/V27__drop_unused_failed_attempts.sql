-- Failed logins are counted in login_throttle (V18, per address and per account from an address);
-- the per-account counter on user_account has been unused since then.
alter table user_account drop column failed_attempts;
