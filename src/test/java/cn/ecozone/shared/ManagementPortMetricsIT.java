package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestClockConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The metrics with a management port (ADR 0051, review s16 #5): there a scraper on a scraper address
 * ({@code ECOZONE_METRICS_SCRAPERS}, loopback by default) reads {@code /actuator/prometheus} without a
 * login; every other caller is asked to log in, also one that names loopback in {@code X-Forwarded-For}
 * from an address Tomcat trusts as a proxy (here this machine's own network address, as a desktop on a
 * private network is by Tomcat's default: that one gets 200 today, a known hole, its test disabled); the main port is never taken for the management port: anonymous 401, other roles 403, and
 * the metrics are not there at all (404) even for the system administrator.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0"})
@ActiveProfiles("test")
@Import({TestClockConfig.class, Fixtures.class})
class ManagementPortMetricsIT {

    private static final String METRICS = "/actuator/prometheus";

    /** This machine's first IPv4 address other than loopback, or null when it has none. */
    private static final InetAddress NETWORK_ADDRESS = networkAddress();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    Fixtures fixtures;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Tomcat trusts this machine's network address as a proxy, as it trusts private networks by default. */
    @DynamicPropertySource
    static void networkAddressIsAProxy(DynamicPropertyRegistry registry) {
        if (NETWORK_ADDRESS != null) {
            registry.add(
                    "server.tomcat.remoteip.internal-proxies",
                    () -> "127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|0:0:0:0:0:0:0:1|::1|"
                            + Pattern.quote(NETWORK_ADDRESS.getHostAddress()));
        }
    }

    @Test
    void aScraperOnLoopbackReadsTheMetricsOnTheManagementPortWithoutALogin() {
        HttpResponse<String> response = get("localhost", managementPort, METRICS, Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body())
                .contains("ecozone_indicator_import_queue{")
                .contains("ecozone_deadline_job_seconds_count{")
                .contains("ecozone_events_publications_failed ");
    }

    @Test
    void onTheMainPortLoopbackIsNotEnoughAndTheMetricsAreNotThereEvenForTheSystemAdministrator() {
        Response anonymous = new Browser(port).get(METRICS);
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("ecozone_");

        for (Role role : new Role[] {Role.PROVINCE_STAFF, Role.AUDIT_ADMIN}) {
            Response refused =
                    Browser.loggedIn(port, fixtures.user(role, "150000")).get(METRICS);
            assertThat(refused.status()).as(role + ": " + refused).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("ecozone_");
        }

        // with a management port the actuator lives there only
        Response admin = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"))
                .header("Accept", "text/plain")
                .get(METRICS);
        assertThat(admin.status()).as(admin.toString()).isEqualTo(404);
        assertThat(admin.body()).doesNotContain("ecozone_");
    }

    @Test
    void anAddressNotAmongTheScrapersIsAskedToLogInOnTheManagementPort() {
        assumeThat(NETWORK_ADDRESS).as("a network address besides loopback").isNotNull();

        HttpResponse<String> response = get(NETWORK_ADDRESS.getHostAddress(), managementPort, METRICS, Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("ecozone_");
    }

    @Test
    void anAddressNotAmongTheScrapersCannotPassForLoopbackWithAForwardedHeader() {
        assumeThat(NETWORK_ADDRESS).as("a network address besides loopback").isNotNull();

        HttpResponse<String> response =
                get(NETWORK_ADDRESS.getHostAddress(), managementPort, METRICS, Map.of("X-Forwarded-For", "127.0.0.1"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("ecozone_");
    }

    private HttpResponse<String> get(String host, int port, String path, Map<String, String> headers) {
        String authority = host.contains(":") ? "[" + host + "]" : host;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + authority + ":" + port + path))
                .header("Accept", "text/plain");
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static InetAddress networkAddress() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(ManagementPortMetricsIT::upAndNotLoopback)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .findFirst()
                    .orElse(null);
        } catch (SocketException e) {
            return null;
        }
    }

    private static boolean upAndNotLoopback(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
