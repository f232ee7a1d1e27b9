package cn.ecozone.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login rules (等保2.0): lock after {@code maxFailures} failures for {@code lockout}; end idle
 * sessions after {@code sessionIdleTimeout}.
 */
@ConfigurationProperties("ecozone.security")
public record IdentityProperties(int maxFailures, Duration lockout, Duration sessionIdleTimeout) {

    public IdentityProperties {
        if (maxFailures <= 0) {
            maxFailures = 5;
        }
        if (lockout == null) {
            lockout = Duration.ofMinutes(15);
        }
        if (sessionIdleTimeout == null) {
            sessionIdleTimeout = Duration.ofMinutes(30);
        }
    }
}
