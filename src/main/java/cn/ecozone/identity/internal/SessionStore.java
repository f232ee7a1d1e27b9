package cn.ecozone.identity.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * {@code ECOZONE_SESSION_STORE=memory} (the default): sessions stay in this instance's servlet
 * container, as before issue 15, instead of the database ({@code jdbc}: Spring Session JDBC, ADR 0053). Spring Boot has no
 * switch for it, so this leaves Spring Session's filter unregistered: requests then use the container's
 * own sessions, and the session tables stay empty. For one instance only (a login is not seen by another
 * instance, and a restart ends every session). The JDBC repository's cleanup of expired sessions
 * ({@code spring.session.jdbc.cleanup-cron}) is switched off too: with nothing in the tables it would only
 * query the database once a minute, and log errors while the database is away (review s16 #10).
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
                // before its afterPropertiesSet, which schedules the cleanup unless the cron is "-"
                if (bean instanceof JdbcIndexedSessionRepository repository) {
                    repository.setCleanupCron(Scheduled.CRON_DISABLED);
                }
                return bean;
            }
        };
    }
}
