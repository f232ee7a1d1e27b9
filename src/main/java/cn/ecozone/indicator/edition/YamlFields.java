package cn.ecozone.indicator.edition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Typed, path-aware access to one YAML mapping of an edition file. Every accessor reports a problem
 * as an {@link EditionFileException} naming the file and the field path. Package-private: the file
 * format is the public contract, not this class.
 */
final class YamlFields {

    private final String file;
    private final String path;
    private final Map<?, ?> map;

    private YamlFields(String file, String path, Map<?, ?> map) {
        this.file = file;
        this.path = path;
        this.map = map;
    }

    /** The document root, which must be a mapping. */
    static YamlFields root(String file, Object document) {
        if (document == null) {
            throw new EditionFileException(file, "$", "the file is empty");
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new EditionFileException(file, "$", "expected a mapping of fields at the top level");
        }
        return new YamlFields(file, "", map);
    }

    String file() {
        return file;
    }

    String path() {
        return path.isEmpty() ? "$" : path;
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    EditionFileException error(String key, String problem) {
        return new EditionFileException(file, pathOf(key), problem);
    }

    EditionFileException errorHere(String problem) {
        return new EditionFileException(file, path(), problem);
    }

    /** Refuses any key not in {@code allowed}, so that a misspelt field is never silently ignored. */
    YamlFields allowOnly(String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Object key : map.keySet()) {
            if (!(key instanceof String name)) {
                throw errorHere("field names must be text, found '" + key + "'");
            }
            if (!known.contains(name)) {
                throw error(name, "unknown field (allowed: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
        return this;
    }

    String string(String key, int maxLength) {
        String value = optionalString(key, maxLength);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    String optionalString(String key, int maxLength) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw error(key, "expected text but found " + describe(value) + " (quote it)");
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw error(key, "must not be blank");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw error(key, "longer than " + maxLength + " characters");
        }
        return trimmed;
    }

    String code(String key, Pattern pattern, int maxLength) {
        String value = string(key, maxLength);
        if (!pattern.matcher(value).matches()) {
            throw error(key, "'" + value + "' does not match " + pattern.pattern());
        }
        return value;
    }

    int integer(String key) {
        Integer value = optionalInteger(key);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    Integer optionalInteger(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer i) {
            return i;
        }
        throw error(key, "expected a whole number but found " + describe(value));
    }

    Double optionalNumber(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            return n.doubleValue();
        }
        throw error(key, "expected a number but found " + describe(value));
    }

    boolean bool(String key) {
        Boolean value = optionalBoolean(key);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    Boolean optionalBoolean(String key) {
        Object value = map.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw error(key, "expected true or false but found " + describe(value));
    }

    LocalDate date(String key) {
        Object value = map.get(key);
        if (value == null) {
            throw missing(key);
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw error(key, "expected an ISO date such as 2021-03-31 but found " + describe(value));
        }
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        E value = optionalEnum(key, type);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    <E extends Enum<E>> E optionalEnum(String key, Class<E> type) {
        Object value = map.get(key);
        return value == null ? null : parseEnum(pathOf(key), value, type);
    }

    /** A list of enum values; {@code null} when absent. */
    <E extends Enum<E>> List<E> enumList(String key, Class<E> type) {
        List<?> items = optionalList(key);
        if (items == null) {
            return null;
        }
        List<E> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = pathOf(key) + "[" + i + "]";
            E value = parseEnum(itemPath, items.get(i), type);
            if (values.contains(value)) {
                throw new EditionFileException(file, itemPath, "'" + value + "' is listed twice");
            }
            values.add(value);
        }
        return values;
    }

    /** A list of distinct, non-blank texts of at most {@code maxLength}; {@code null} when absent. */
    List<String> stringList(String key, int maxLength) {
        List<?> items = optionalList(key);
        if (items == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = pathOf(key) + "[" + i + "]";
            if (!(items.get(i) instanceof String text)
                    || text.isBlank()
                    || text.strip().length() > maxLength) {
                throw new EditionFileException(file, itemPath, "expected a text of 1 to " + maxLength + " characters");
            }
            if (values.contains(text.strip())) {
                throw new EditionFileException(file, itemPath, "'" + text.strip() + "' is listed twice");
            }
            values.add(text.strip());
        }
        return values;
    }

    /** A list of mappings; empty when absent. */
    List<YamlFields> mappings(String key) {
        List<?> items = optionalList(key);
        if (items == null) {
            return List.of();
        }
        List<YamlFields> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = pathOf(key) + "[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw new EditionFileException(file, itemPath, "expected a mapping of fields");
            }
            result.add(new YamlFields(file, itemPath, item));
        }
        return result;
    }

    /** A nested mapping; {@code null} when absent. */
    YamlFields optionalMapping(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> nested)) {
            throw error(key, "expected a mapping of fields but found " + describe(value));
        }
        return new YamlFields(file, pathOf(key), nested);
    }

    YamlFields mapping(String key) {
        YamlFields value = optionalMapping(key);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    /** This mapping as an immutable tree of maps, lists and scalars, with text keys only. */
    Map<String, Object> raw() {
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = (Map<String, Object>) copy(path(), map);
        return copy;
    }

    private Object copy(String at, Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> result = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String name)) {
                    throw new EditionFileException(file, at, "field names must be text, found '" + e.getKey() + "'");
                }
                result.put(name, copy(at + "." + name, e.getValue()));
            }
            return Collections.unmodifiableMap(result);
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                result.add(copy(at + "[" + i + "]", list.get(i)));
            }
            return Collections.unmodifiableList(result);
        }
        return value;
    }

    private List<?> optionalList(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            throw error(key, "expected a list but found " + describe(value));
        }
        return list;
    }

    private <E extends Enum<E>> E parseEnum(String at, Object value, Class<E> type) {
        if (value instanceof String name) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new EditionFileException(
                file, at, "unknown value " + describe(value) + " (expected one of " + expected + ")");
    }

    private EditionFileException missing(String key) {
        return error(key, "required field is missing");
    }

    private static String describe(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                ? "'" + value + "'"
                : value instanceof List ? "a list" : value instanceof Map ? "a mapping" : "'" + value + "'";
    }
}
