package cn.ecozone.identity;

/**
 * The login and session rules the security admin manages (GB/T 22239-2019 8.1.4.1 b, d).
 *
 * @param maxFailures failed logins to one account from one address before that pair is blocked (3–10)
 * @param lockoutMinutes how long a block lasts, and the window failures are counted in (1–1440)
 * @param addressMaxFailures failed logins from one address, any account, before it is blocked (5–1000)
 * @param sessionLifetimeMinutes the absolute lifetime of a session, however active (30–1440)
 */
public record SecuritySettings(
        int maxFailures, int lockoutMinutes, int addressMaxFailures, int sessionLifetimeMinutes, long version) {}
