package cn.ecozone.shared.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;

/**
 * How the built front end is served (issue 15 §1, docs/adr/0052). Vite names every file under
 * {@code /assets/} by a hash of its content, so a browser keeps it for a year without asking again
 * ({@code immutable}); everything else ({@code index.html}, also reached through the single-page
 * routes' forward, and the favicon) is {@code no-cache}: the browser asks each time and gets a 304
 * when nothing changed, so a new build reaches it at once. Both take the {@code .br} or {@code .gz}
 * file the build wrote beside a file ({@code tools/web-build}) when the browser accepts that encoding,
 * with {@code Vary: Accept-Encoding} ({@link EncodedResourceResolver}).
 *
 * <p>Spring Security writes its {@code no-store} only on answers without a {@code Cache-Control}, so
 * API answers keep it. Runs before Boot's own configuration, which then adds no {@code /**} handler.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticAssets implements WebMvcConfigurer {

    /** Boot's static locations that the build fills ({@code static}) or a test may ({@code public}). */
    private static final String[] LOCATIONS = {"classpath:/static/", "classpath:/public/"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver());
        registry.addResourceHandler("/**")
                .addResourceLocations(LOCATIONS)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver());
    }
}
