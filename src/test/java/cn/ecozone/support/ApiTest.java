package cn.ecozone.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test against the running application over real HTTP, on the test database
 * (in-memory H2, or PostgreSQL when ECOZONE_DB_URL is set). All such tests share one context, and its
 * {@link MutableClock}: a test that leaves the clock moved fails ({@link SharedClockCheck}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfig.class, Fixtures.class, EventDeliveries.class, StatementCountFilter.class})
@ExtendWith(SharedClockCheck.class)
public @interface ApiTest {}
