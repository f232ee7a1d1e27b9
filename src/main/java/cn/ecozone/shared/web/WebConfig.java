package cn.ecozone.shared.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Locale resolution (zh-CN first, English on request) and the clock every module reads time from. */
@Configuration(proxyBeanMethods = false)
class WebConfig {

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return resolver;
    }

    /** A number is not an enum constant: {@code "kind": 1} is refused, not read as the second one. */
    @Bean
    org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer strictEnums() {
        return builder -> builder.enable(tools.jackson.databind.cfg.EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }

    /** No text with a NUL character is read from a JSON body (see {@link NulCharacters}). */
    @Bean
    org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer noNulCharacters() {
        return builder -> builder.addModule(NulCharacters.module());
    }

    /** Ticks in microseconds, the precision both H2 and PostgreSQL store, so values round-trip. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemDefaultZone(), java.time.Duration.ofNanos(1000));
    }
}
