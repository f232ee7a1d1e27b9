package cn.ecozone.support;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every {@link ApiTest} shares one {@link MutableClock}: a test that moves it (past a lockout, to the
 * last day of a window) must put it back, or every later test in the context runs at its time. This
 * check reads the clock before each test (before its {@code @BeforeEach} methods) and, after its
 * {@code @AfterEach} methods, fails the test that left it moved, having put it back so that the next
 * test does not fail for it.
 */
public class SharedClockCheck implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(SharedClockCheck.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        MutableClock clock = clock(context);
        if (clock != null) {
            context.getStore(STORE).put("before", clock.instant());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Instant before = context.getStore(STORE).get("before", Instant.class);
        MutableClock clock = clock(context);
        if (before != null && clock != null) {
            putBack(clock, before);
        }
    }

    /**
     * Puts {@code clock} back at {@code before} if it stands elsewhere.
     *
     * @throws AssertionError naming how far it was moved, when it was
     */
    static void putBack(MutableClock clock, Instant before) {
        Instant after = clock.instant();
        if (!after.equals(before)) {
            clock.set(before);
            throw new AssertionError("the test left the shared clock moved by " + Duration.between(before, after)
                    + " (put back now): restore it in a finally block or an @AfterEach, e.g. clock.set(before)");
        }
    }

    private static MutableClock clock(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context)
                .getBeanProvider(MutableClock.class)
                .getIfAvailable();
    }
}
