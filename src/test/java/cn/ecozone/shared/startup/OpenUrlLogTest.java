package cn.ecozone.shared.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The address printed when the service is ready: the port it really listens on and the context path. */
class OpenUrlLogTest {

    @Test
    void theUrlNamesTheLocalPortTheServerListensOn() {
        MockEnvironment env = new MockEnvironment().withProperty("local.server.port", "18091");

        assertThat(new OpenUrlLog(env).url()).hasValue("http://localhost:18091/");
    }

    @Test
    void aContextPathAndAnAddressBoundToEveryInterfaceGiveLocalhostWithThePath() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("local.server.port", "8443")
                .withProperty("server.address", "0.0.0.0")
                .withProperty("server.ssl.enabled", "true")
                .withProperty("server.servlet.context-path", "/ecozone");

        assertThat(new OpenUrlLog(env).url()).hasValue("https://localhost:8443/ecozone/");
    }

    @Test
    void aServerBoundToOneAddressIsOpenedThere() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("local.server.port", "8080")
                .withProperty("server.address", "10.1.2.3");

        assertThat(new OpenUrlLog(env).url()).hasValue("http://10.1.2.3:8080/");
    }

    @Test
    void nothingIsPrintedWhenNoServerListens() {
        assertThat(new OpenUrlLog(new MockEnvironment()).url()).isEmpty();
    }
}
