package cn.ecozone.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Requests beyond the in-flight limit wait in the order they came, and give up with 503 after the patience. */
class InFlightLimitFilterTest {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<String> entered = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstMayLeave = new CountDownLatch(1);

    @AfterEach
    void stop() {
        firstMayLeave.countDown();
        threads.shutdownNow();
    }

    @Test
    void requestsBeyondTheLimitWaitAndAreAdmittedInTheOrderTheyCame() throws Exception {
        InFlightLimitFilter filter = filter(1, Duration.ofMinutes(1));
        CompletableFuture<MockHttpServletResponse> first = send(filter, "a");
        await().until(() -> entered.contains("a"));
        CompletableFuture<MockHttpServletResponse> second = send(filter, "b");
        await().until(() -> filter.waiting() == 1);
        CompletableFuture<MockHttpServletResponse> third = send(filter, "c");
        await().until(() -> filter.waiting() == 2);
        assertThat(entered).containsExactly("a");

        firstMayLeave.countDown();

        assertThat(first.get(2, TimeUnit.MINUTES).getStatus()).isEqualTo(200);
        assertThat(second.get(2, TimeUnit.MINUTES).getStatus()).isEqualTo(200);
        assertThat(third.get(2, TimeUnit.MINUTES).getStatus()).isEqualTo(200);
        assertThat(entered).containsExactly("a", "b", "c");
    }

    @Test
    void aRequestThatWaitsLongerThanThePatienceIsAnswered503WithRetryAfterAndNeverRuns() throws Exception {
        InFlightLimitFilter filter = filter(1, Duration.ofMillis(50));
        send(filter, "a");
        await().until(() -> entered.contains("a"));

        MockHttpServletResponse refused = send(filter, "b").get(2, TimeUnit.MINUTES);

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("busy").contains("服务器繁忙");
        assertThat(entered).containsExactly("a");
    }

    @Test
    void uploadsAndNamedDownloadsAreNotCountedSoSlowLinksCannotHoldThePermits() throws Exception {
        InFlightLimitFilter filter = filter(1, Duration.ofMillis(50));
        send(filter, "a");
        await().until(() -> entered.contains("a"));

        MockHttpServletResponse upload = send(filter, "upload", "POST", "/api/x", "multipart/form-data; boundary=b")
                .get(2, TimeUnit.MINUTES);
        MockHttpServletResponse download =
                send(filter, "download", "GET", "/api/plans/7/document", null).get(2, TimeUnit.MINUTES);

        assertThat(upload.getStatus()).isEqualTo(200);
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(entered).containsExactly("a", "upload", "download");
    }

    @Test
    void withoutALimitEveryRequestRunsAtOnce() throws Exception {
        InFlightLimitFilter filter = filter(0, Duration.ofMillis(50));
        send(filter, "a");
        send(filter, "b");

        await().until(() -> entered.size() == 2);
        assertThat(filter.waiting()).isZero();
    }

    private InFlightLimitFilter filter(int limit, Duration patience) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new InFlightLimitFilter(
                limit,
                patience,
                List.of("/api/**/document"),
                new ProblemWriter(new Problems(messages), JsonMapper.builder().build()));
    }

    /** Sends a request whose handling records its name; "a" stays in until the test lets it leave. */
    private CompletableFuture<MockHttpServletResponse> send(InFlightLimitFilter filter, String name) {
        return send(filter, name, "GET", "/api/x", null);
    }

    private CompletableFuture<MockHttpServletResponse> send(
            InFlightLimitFilter filter, String name, String method, String path, String contentType) {
        return CompletableFuture.supplyAsync(
                () -> {
                    MockHttpServletResponse response = new MockHttpServletResponse();
                    FilterChain chain = (request, ignored) -> {
                        entered.add(name);
                        if (name.equals("a")) {
                            try {
                                firstMayLeave.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                    };
                    try {
                        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
                        request.setContentType(contentType);
                        request.addHeader("Accept-Language", "zh-CN");
                        request.addPreferredLocale(java.util.Locale.SIMPLIFIED_CHINESE);
                        filter.doFilter(request, response, chain);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return response;
                },
                threads);
    }
}
