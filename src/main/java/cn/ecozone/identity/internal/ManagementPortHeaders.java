package cn.ecozone.identity.internal;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The management port believes no forwarded header (review s17 B: Tomcat's {@link RemoteIpValve} trusts
 * {@code X-Forwarded-For} from every private network by default, so a desktop on the intranet could send
 * {@code X-Forwarded-For: 127.0.0.1} and pass {@link OperationsAccess}'s scraper check as loopback). A
 * scraper connects directly, so the management server keeps the peer's own address; the main port keeps
 * the forwarded-header handling the reverse proxy needs.
 *
 * <p>Loaded into the management child context through
 * {@code META-INF/spring/…ManagementContextConfiguration.imports}. The component scan may find it in the
 * main context too; there the customizer does nothing, since it acts only on the server whose namespace is
 * {@code management}.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
class ManagementPortHeaders {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> managementServerWithoutForwardedHeaders(
            ApplicationContext context) {
        return new WithoutRemoteIpValve(context);
    }

    /** Removes the forwarded-header valve, after Boot's own customizers have added it (lowest precedence). */
    static final class WithoutRemoteIpValve
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final ApplicationContext context;

        WithoutRemoteIpValve(ApplicationContext context) {
            this.context = context;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            if (context instanceof WebServerApplicationContext web && "management".equals(web.getServerNamespace())) {
                factory.setEngineValves(factory.getEngineValves().stream()
                        .filter(valve -> !(valve instanceof RemoteIpValve))
                        .toList());
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
