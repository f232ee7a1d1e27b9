package cn.ecozone.identity.internal;

import cn.ecozone.shared.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * Who may read the operations endpoints, the metrics ({@code /actuator/prometheus}) and the API
 * description ({@code /v3/api-docs}) (ADR 0051): on the main port the system administrator only (the
 * administrator of the system's operation, GB/T 22239-2019 8.1.4.2; the security and audit administrators
 * and every business role get 403, the anonymous 401); on the management port ({@code MANAGEMENT_PORT},
 * off unless set) a caller from the scraper addresses ({@code ECOZONE_METRICS_SCRAPERS}, loopback unless
 * set), since a scraper has no login; everyone else logs in there too. Where the port listens is
 * {@code MANAGEMENT_SERVER_ADDRESS}.
 *
 * <p>The management port is learnt from its server's start (the event of the management context,
 * whose namespace is {@code management}); until then, and when there is none, no request is on it.
 */
@Component
class OperationsAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final AuthorizationManager<RequestAuthorizationContext> systemAdmin =
            AuthorityAuthorizationManager.hasRole(Role.SYSTEM_ADMIN.name());

    private final List<IpAddressMatcher> scrapers;

    private volatile int managementPort = -1;

    /**
     * @param scrapers the addresses or CIDR ranges (comma-separated) allowed on the management port without
     *     a login; never empty in practice (the default is loopback)
     */
    OperationsAccess(@Value("${ecozone.operations.scrapers:127.0.0.1/32,::1/128}") String scrapers) {
        this.scrapers = Arrays.stream(scrapers.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new)
                .toList();
    }

    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            managementPortIs(event.getWebServer().getPort());
        }
    }

    /** Records the port the management server listens on (from its start event). */
    void managementPortIs(int port) {
        managementPort = port;
    }

    /**
     * Whether the request came in on the management port from one of the scraper addresses (review s16
     * #2: a private network is a whole intranet of desktops, so it is not trusted as such): a management
     * port left listening on another address still asks everyone else to log in.
     */
    boolean onManagementPort(HttpServletRequest request) {
        if (managementPort <= 0 || request.getLocalPort() != managementPort) {
            return false;
        }
        String caller = request.getRemoteAddr();
        return caller != null && scrapers.stream().anyMatch(m -> m.matches(caller));
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        if (onManagementPort(context.getRequest())) {
            return new AuthorizationDecision(true);
        }
        return systemAdmin.authorize(authentication, context);
    }
}
