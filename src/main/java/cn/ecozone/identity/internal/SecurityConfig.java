package cn.ecozone.identity.internal;

import cn.ecozone.shared.web.ProblemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * The security filter chain: session login with CSRF protection (cookie token for the single-page
 * front end), anonymous read of regions, the calendar and published regulations, authentication for every other API,
 * the operations endpoints for the system administrator ({@link OperationsAccess}), and problem+json
 * answers for 401 and 403. Role checks sit on the controllers ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ProblemWriter problems,
            SecurityContextRepository contexts,
            ActorFilter actorFilter,
            CsrfTokenRepository csrfTokens,
            OperationsAccess operations)
            throws Exception {
        return http.csrf(csrf -> csrf.spa().csrfTokenRepository(csrfTokens))
                .securityContext(c -> c.securityContextRepository(contexts))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.GET,
                                "/api/regions",
                                "/api/regions/**",
                                "/api/calendar/**",
                                "/api/regulations",
                                "/api/regulations/**",
                                "/api/public/**")
                        .permitAll()
                        .requestMatchers("/api/auth/login", "/api/auth/csrf")
                        .permitAll()
                        // the public complaint desk (publicity module, issue 12 §3)
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/public/notices/*/complaints",
                                "/api/public/complaints/*/attachments")
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        // the metrics and the API description (/v3/api-docs, /v3/api-docs.yaml): the system
                        // administrator, or anyone on the management port (ADR 0051); the health probes stay
                        // public (ADR 0018)
                        .requestMatchers("/actuator/prometheus", "/v3/**")
                        .access(operations)
                        .anyRequest()
                        .permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) ->
                                problems.write(request, response, 401, "unauthenticated", "error.unauthenticated"))
                        .accessDeniedHandler((request, response, ex) -> {
                            if (ex instanceof CsrfException) {
                                problems.write(request, response, 403, "csrf", "error.csrf");
                            } else {
                                problems.write(request, response, 403, "forbidden", "error.forbidden");
                            }
                        }))
                .addFilterAfter(actorFilter, SecurityContextHolderFilter.class)
                .build();
    }

    /** The actor filter runs inside the security chain only, not a second time as a servlet filter. */
    @Bean
    FilterRegistrationBean<ActorFilter> actorFilterRegistration(ActorFilter filter) {
        FilterRegistrationBean<ActorFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * The XSRF-TOKEN cookie the front end reads: {@code SameSite=Lax}, {@code Secure} whenever the
     * request came over HTTPS (directly, or through a proxy that {@code server.forward-headers-strategy}
     * trusts). The login rotates the token ({@code AuthController}).
     */
    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
