package cn.ecozone.publicity.internal;

import cn.ecozone.shared.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the complaints received from one client address in the database (every instance sees the
 * same count), as the login throttle does (ADR 0009): the row is inserted unless present, then locked
 * and counted, so concurrent complaints all count. The count runs in the complaint's transaction, so a
 * refused complaint does not count.
 */
@Component
@EnableConfigurationProperties(PublicityProperties.class)
public class ComplaintThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PublicityProperties properties;

    ComplaintThrottle(JdbcClient jdbc, Clock clock, PublicityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** @throws ApiException 429 when the address has filed the limit within the window */
    @Transactional(propagation = Propagation.MANDATORY)
    public void count(String address) {
        String key = address == null || address.isBlank() ? "unknown" : address.strip();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("insert into publicity_complaint_throttle (address, received, window_start)"
                        + " values (:address, 0, :now) on conflict do nothing")
                .param("address", key)
                .param("now", now)
                .update();
        record Row(int received, Instant start) {}
        Row row = jdbc.sql("select received, window_start from publicity_complaint_throttle where address = :address"
                        + " for update")
                .param("address", key)
                .query((rs, n) -> new Row(
                        rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .single();
        // a window that has passed, or one that lies ahead (the clock was set back), starts afresh
        boolean fresh = now.toInstant().isBefore(row.start())
                || !row.start().plus(properties.complaintWindow()).isAfter(now.toInstant());
        int received = fresh ? 0 : row.received();
        if (received >= properties.complaintsPerAddress()) {
            throw new ApiException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "complaint-limit",
                    "publicity.complaint.limit",
                    new Object[] {properties.complaintsPerAddress()},
                    null);
        }
        jdbc.sql("update publicity_complaint_throttle set received = :received, window_start = :start"
                        + " where address = :address")
                .param("received", received + 1)
                .param("start", fresh ? now : row.start().atOffset(ZoneOffset.UTC))
                .param("address", key)
                .update();
    }
}
