package cn.ecozone.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.module.SimpleModule;

/**
 * A request body never yields a number that is not finite (issue 8 §3). Jackson reads the strings
 * {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"} into a {@code double} on its own, and a
 * literal such as {@code 1e400} overflows to infinity; here each of them is refused as a malformed
 * body (400 {@code malformed-body}) before any module sees it. The domain checks (e.g. {@code
 * ValueChecks}) still check ranges, and refuse non-finite numbers a second time.
 */
@Configuration(proxyBeanMethods = false)
class FiniteNumbers {

    @Bean
    JsonMapperBuilderCustomizer finiteDoubles() {
        SimpleModule module = new SimpleModule("finite-doubles");
        module.addDeserializer(Double.class, new FiniteDouble(Double.class, null));
        module.addDeserializer(Double.TYPE, new FiniteDouble(Double.TYPE, 0.0));
        return builder -> builder.addModule(module);
    }

    /** The stock {@code Double} reader, refusing what is not finite. */
    static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {

        FiniteDouble(Class<Double> type, Double nullValue) {
            super(type, nullValue);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) {
            Double value = super.deserialize(p, ctxt);
            if (value != null && !Double.isFinite(value)) {
                return (Double) ctxt.handleWeirdStringValue(Double.class, String.valueOf(value), "not a finite number");
            }
            return value;
        }
    }
}
