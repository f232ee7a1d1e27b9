package cn.ecozone.identity.internal;

import cn.ecozone.shared.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.function.Supplier;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who may read the operations endpoints, the metrics ({@code /actuator/prometheus}) and the API
 * description ({@code /v3/api-docs}) (ADR 0051): on the main port the system administrator only (the
 * administrator of the system's operation, GB/T 22239-2019 8.1.4.2; the security and audit administrators
 * and every business role get 403, the anonymous 401); on the management port ({@code MANAGEMENT_PORT},
 * off unless set) anyone calling from loopback or a private network, since a scraper has no login and
 * the port is kept from users by where it listens ({@code MANAGEMENT_SERVER_ADDRESS}).
 *
 * <p>The management port is learnt from its server's start (the event of the management context,
 * whose namespace is {@code management}); until then, and when there is none, no request is on it.
 */
@Component
class OperationsAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final AuthorizationManager<RequestAuthorizationContext> systemAdmin =
            AuthorityAuthorizationManager.hasRole(Role.SYSTEM_ADMIN.name());

    private volatile int managementPort = -1;

    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            managementPort = event.getWebServer().getPort();
        }
    }

    /**
     * Whether the request came in on the management port from loopback or a private network (RFC 1918,
     * IPv6 unique-local or site-local): a management port left listening on a public address still
     * asks the rest of the world to log in.
     */
    boolean onManagementPort(HttpServletRequest request) {
        if (managementPort <= 0 || request.getLocalPort() != managementPort) {
            return false;
        }
        try {
            InetAddress caller = InetAddress.ofLiteral(request.getRemoteAddr());
            return caller.isLoopbackAddress()
                    || caller.isSiteLocalAddress()
                    || (caller instanceof Inet6Address && (caller.getAddress()[0] & 0xfe) == 0xfc);
        } catch (IllegalArgumentException e) {
            return false;
        }
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
