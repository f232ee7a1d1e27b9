package cn.ecozone.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Session rule of configuration (等保2.0): end idle sessions after {@code sessionIdleTimeout}. The
 * login throttling and the absolute session lifetime are data the security admin manages ({@code
 * SecuritySettingsManagement}).
 */
@ConfigurationProperties("ecozone.security")
public record IdentityProperties(Duration sessionIdleTimeout) {

    public IdentityProperties {
        if (sessionIdleTimeout == null) {
            sessionIdleTimeout = Duration.ofMinutes(30);
        }
    }
}
