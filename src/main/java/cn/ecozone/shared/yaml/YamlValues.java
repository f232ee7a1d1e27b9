package cn.ecozone.shared.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Value helpers of {@link YamlFields}: enum parsing, value descriptions and immutable copies. */
final class YamlValues {

    private YamlValues() {}

    /**
     * @param at the path of {@code value}, used in messages
     * @param error builds the exception for a problem at a path
     */
    static Object copy(String at, Object value, BiFunction<String, String, RuntimeException> error) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> result = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String name)) {
                    throw error.apply(at, "field names must be text, found '" + e.getKey() + "'");
                }
                result.put(name, copy(at + "." + name, e.getValue(), error));
            }
            return Collections.unmodifiableMap(result);
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                result.add(copy(at + "[" + i + "]", list.get(i), error));
            }
            return Collections.unmodifiableList(result);
        }
        return value;
    }

    /** The constant of {@code type} named by {@code value}; otherwise the exception from {@code error}. */
    static <E extends Enum<E>> E parseEnum(Object value, Class<E> type, Function<String, RuntimeException> error) {
        if (value instanceof String name) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw error.apply("unknown value " + describe(value) + " (expected one of " + expected + ")");
    }

    /** How a value is named in messages: {@code a list}, {@code a mapping} or the quoted scalar. */
    static String describe(Object value) {
        return value instanceof List ? "a list" : value instanceof Map ? "a mapping" : "'" + value + "'";
    }
}
