package cn.ecozone.shared.startup;

import cn.ecozone.shared.StartupTask;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prints the address to open once the service is ready (issue 15 §1): the last startup task, so the
 * line comes after the demo accounts' table and only when logins are accepted. Built from the port the
 * server really listens on ({@code local.server.port}, also when {@code --server.port=0}) and the
 * context path; nothing is printed when no server listens (tests on a mock environment).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class OpenUrlLog implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(OpenUrlLog.class);

    private final Environment environment;

    OpenUrlLog(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void run() {
        url().ifPresent(url -> log.info("\n\n  生态文明示范区管理平台已就绪，请在浏览器中打开 ecozone is ready, open: {}\n", url));
    }

    /** The address to open, when a server listens. */
    Optional<String> url() {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            return Optional.empty();
        }
        String host = environment.getProperty("server.address", "localhost");
        if (host.isBlank() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            host = "localhost";
        }
        boolean https = environment.getProperty("server.ssl.enabled", Boolean.class, false);
        String path = environment.getProperty("server.servlet.context-path", "");
        path = path.endsWith("/") ? path : path + "/";
        return Optional.of((https ? "https://" : "http://") + host + ":" + port + path);
    }
}
