package cn.ecozone.identity.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The failed logins counted under one key (a client address, or an account from an address) within a
 * window, and the end of the block once they reach the limit. Pure: {@link LoginThrottle} loads and
 * stores it under a row lock.
 *
 * <p>GB/T 22239-2019 8.1.4.1 b): "应具有登录失败处理功能，应配置并启用结束会话、限制非法登录次数…".
 *
 * @param windowStart when the first failure of the current window happened
 * @param blockedUntil the end of the block, or null
 */
public record ThrottleCount(int failures, Instant windowStart, Instant blockedUntil) {

    public static ThrottleCount none(Instant now) {
        return new ThrottleCount(0, now, null);
    }

    public boolean blocked(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }

    /**
     * Counts one more failure. A window (or block) that has ended starts afresh; reaching {@code max}
     * failures blocks for {@code window} from now.
     */
    public ThrottleCount withFailure(Instant now, int max, Duration window) {
        boolean expired =
                blockedUntil != null ? !blocked(now) : !windowStart.plus(window).isAfter(now);
        int count = expired ? 1 : failures + 1;
        Instant start = expired ? now : windowStart;
        return new ThrottleCount(count, start, count >= max ? now.plus(window) : null);
    }

    /** Failures left before the block, at least 0. */
    public int remaining(int max) {
        return Math.max(0, max - failures);
    }
}
