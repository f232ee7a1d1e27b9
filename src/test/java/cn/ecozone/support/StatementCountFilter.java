package cn.ecozone.support;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Counts the SQL statements of a whole HTTP request (security, controller, serialization) for a
 * request that carries {@value #HEADER}: the request runs on one thread, where {@link
 * CountingStatements} counts what it sends through the data source (Hibernate and plain JDBC alike).
 * {@link Browser#statements} reads the count.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCountFilter {

    /** The request header whose value names the count. */
    public static final String HEADER = "X-Count-Statements";

    private static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();

    /** The count of the request that carried {@code token}, removed; null if none arrived. */
    static Integer take(String token) {
        return COUNTS.remove(token);
    }

    /** Wraps the data source so that every statement is counted (static: a bean post-processor). */
    @Bean
    static CountingStatements countingStatements() {
        return new CountingStatements();
    }

    @Bean
    FilterRegistrationBean<Filter> statementCounting() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                String token = ((HttpServletRequest) request).getHeader(HEADER);
                if (token == null) {
                    chain.doFilter(request, response);
                    return;
                }
                int[] count = new int[1];
                IOException[] io = new IOException[1];
                ServletException[] servlet = new ServletException[1];
                count[0] = CountingStatements.during(() -> {
                    try {
                        chain.doFilter(request, response);
                    } catch (IOException e) {
                        io[0] = e;
                    } catch (ServletException e) {
                        servlet[0] = e;
                    }
                });
                COUNTS.put(token, count[0]);
                if (io[0] != null) {
                    throw io[0];
                }
                if (servlet[0] != null) {
                    throw servlet[0];
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
