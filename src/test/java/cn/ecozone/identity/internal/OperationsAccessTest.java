package cn.ecozone.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The management port lets in without a login only the scraper addresses (ADR 0051, review s16 #2): by
 * default loopback, not a whole private network of desktops.
 */
class OperationsAccessTest {

    private static MockHttpServletRequest request(int localPort, String remoteAddr) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        request.setLocalPort(localPort);
        request.setRemoteAddr(remoteAddr);
        return request;
    }

    @Test
    void byDefaultOnlyLoopbackIsLetInOnTheManagementPort() {
        OperationsAccess access = new OperationsAccess("127.0.0.1/32,::1/128");
        access.managementPortIs(9090);

        assertThat(access.onManagementPort(request(9090, "127.0.0.1"))).isTrue();
        assertThat(access.onManagementPort(request(9090, "0:0:0:0:0:0:0:1"))).isTrue();
        assertThat(access.onManagementPort(request(9090, "10.1.2.3"))).isFalse();
        assertThat(access.onManagementPort(request(9090, "192.168.0.7"))).isFalse();
    }

    @Test
    void aConfiguredScraperRangeIsLetInAndNothingOnTheMainPort() {
        OperationsAccess access = new OperationsAccess(" 10.20.0.0/16 , 127.0.0.1/32");
        access.managementPortIs(9090);

        assertThat(access.onManagementPort(request(9090, "10.20.5.6"))).isTrue();
        assertThat(access.onManagementPort(request(9090, "10.21.5.6"))).isFalse();
        assertThat(access.onManagementPort(request(8080, "10.20.5.6"))).isFalse();
    }

    @Test
    void withoutAManagementPortNoRequestIsOnIt() {
        OperationsAccess access = new OperationsAccess("127.0.0.1/32");

        assertThat(access.onManagementPort(request(-1, "127.0.0.1"))).isFalse();
        assertThat(access.onManagementPort(request(0, "127.0.0.1"))).isFalse();
    }
}
