package cn.ecozone.publicity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The complaint desk's rate limit per client address (ADR 0009: throttling per address).
 *
 * @param complaintsPerAddress complaints one address may file within {@code complaintWindow}
 * @param complaintWindow the window the count runs over
 */
@ConfigurationProperties("ecozone.publicity")
public record PublicityProperties(Integer complaintsPerAddress, Duration complaintWindow) {

    public PublicityProperties {
        complaintsPerAddress = complaintsPerAddress == null ? 5 : complaintsPerAddress;
        complaintWindow = complaintWindow == null ? Duration.ofHours(1) : complaintWindow;
    }
}
