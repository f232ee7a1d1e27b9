package cn.ecozone.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** A clock tests move forward by hand, e.g. past a lockout, instead of sleeping. */
public class MutableClock extends Clock {

    private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /**
     * Puts the clock at {@code instant} (e.g. 30 June, the last day of a yearly window); a test that
     * does so puts it back to what it read before, in a finally block, since every IT shares the clock.
     */
    public void set(Instant instant) {
        now = instant;
    }
}
