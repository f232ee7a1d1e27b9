package cn.ecozone.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The in-flight limit against the connection pool (ADR 0064, issue 15 §4): a pool of two connections
 * with Hikari's shortest connection-timeout, a limiter whose patience is far longer, and requests whose
 * database call holds its connection until the test lets it end. With one request admitted beyond the
 * pool (ADR 0023's 32 over a pool of 10) the extra one waits inside the pool and is answered 503
 * "database unavailable" while the limiter's patience has not run out; with the limit at the pool's size
 * it waits in the limiter, nobody waits in the pool, and it is served once a connection is free. No
 * timing is asserted: the slow calls hold their connections until the outcome is known.
 */
class InFlightLimitPoolTest {

    private static final int CONNECTIONS = 2;
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch slowCallsMayEnd = new CountDownLatch(1);
    private final ProblemWriter problems = problems();
    private HikariDataSource pool;

    @BeforeEach
    void pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:in-flight-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(CONNECTIONS);
        // Hikari's minimum: the shortest wait for a connection it allows
        config.setConnectionTimeout(250);
        pool = new HikariDataSource(config);
    }

    @AfterEach
    void stop() {
        slowCallsMayEnd.countDown();
        threads.shutdownNow();
        pool.close();
    }

    @Test
    void withMoreRequestsAdmittedThanConnectionsTheExtraOneIsAnswered503ByThePoolBeforeThePatienceRunsOut()
            throws Exception {
        InFlightLimitFilter limiter = new InFlightLimitFilter(CONNECTIONS + 1, PATIENCE, List.of(), problems);
        List<CompletableFuture<MockHttpServletResponse>> slow = List.of(send(limiter), send(limiter));
        await().until(() -> pool.getHikariPoolMXBean().getActiveConnections() == CONNECTIONS);

        MockHttpServletResponse extra = send(limiter).get(2, TimeUnit.MINUTES);

        assertThat(extra.getStatus()).isEqualTo(503);
        assertThat(extra.getContentAsString()).contains("unavailable").doesNotContain("busy");
        assertThat(extra.getHeader("Retry-After")).isEqualTo(DatabaseUnavailable.RETRY_AFTER_SECONDS);
        slowCallsMayEnd.countDown();
        for (CompletableFuture<MockHttpServletResponse> call : slow) {
            assertThat(call.get(2, TimeUnit.MINUTES).getStatus()).isEqualTo(200);
        }
    }

    @Test
    void withTheLimitAtThePoolsSizeTheExtraRequestWaitsInTheLimiterNotInThePoolAndIsServed() throws Exception {
        InFlightLimitFilter limiter = new InFlightLimitFilter(CONNECTIONS, PATIENCE, List.of(), problems);
        List<CompletableFuture<MockHttpServletResponse>> slow = List.of(send(limiter), send(limiter));
        await().until(() -> pool.getHikariPoolMXBean().getActiveConnections() == CONNECTIONS);

        CompletableFuture<MockHttpServletResponse> extra = send(limiter);
        await().until(() -> limiter.waiting() == 1);

        assertThat(pool.getHikariPoolMXBean().getThreadsAwaitingConnection()).isZero();
        assertThat(extra).isNotDone();
        slowCallsMayEnd.countDown();
        assertThat(extra.get(2, TimeUnit.MINUTES).getStatus()).isEqualTo(200);
        for (CompletableFuture<MockHttpServletResponse> call : slow) {
            assertThat(call.get(2, TimeUnit.MINUTES).getStatus()).isEqualTo(200);
        }
    }

    /**
     * A request through the limiter and the filter that turns a connection failure into 503 (as in the
     * application), whose handler takes a connection, reads, and keeps it until the test lets it go.
     */
    private CompletableFuture<MockHttpServletResponse> send(InFlightLimitFilter limiter) {
        DatabaseUnavailableFilter unavailable = new DatabaseUnavailableFilter(problems);
        JdbcTemplate jdbc = new JdbcTemplate(pool);
        FilterChain handler = (request, response) -> jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement read = connection.createStatement()) {
                read.execute("select 1");
            }
            try {
                slowCallsMayEnd.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        return CompletableFuture.supplyAsync(
                () -> {
                    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/plans");
                    request.addHeader("Accept-Language", "zh-CN");
                    request.addPreferredLocale(Locale.SIMPLIFIED_CHINESE);
                    MockHttpServletResponse response = new MockHttpServletResponse();
                    try {
                        limiter.doFilter(request, response, (in, out) -> unavailable.doFilter(in, out, handler));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return response;
                },
                threads);
    }

    private static ProblemWriter problems() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ProblemWriter(new Problems(messages), JsonMapper.builder().build());
    }
}
