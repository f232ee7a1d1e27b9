package cn.ecozone.identity.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code ECOZONE_SESSION_STORE=memory} (the default): sessions stay in this instance's servlet
 * container, as before issue 15, instead of the database ({@code jdbc}: Spring Session JDBC, ADR 0053). Spring Boot has no
 * switch for it, so this leaves Spring Session's filter unregistered: requests then use the container's
 * own sessions, and the session tables stay empty. For one instance only (a login is not seen by another
 * instance, and a restart ends every session).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ecozone.session.store", havingValue = "memory")
class SessionStore {

    /** The registration of Spring Session's filter, as Boot names it. */
    static final String REGISTRATION = "sessionRepositoryFilterRegistration";

    @Bean
    static BeanPostProcessor sessionsInMemory() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration
                        && REGISTRATION.equals(beanName)) {
                    registration.setEnabled(false);
                }
                return bean;
            }
        };
    }
}
