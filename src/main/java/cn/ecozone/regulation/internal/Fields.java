package cn.ecozone.regulation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Typed, path-aware access to one YAML mapping of a regulation file: unknown keys and wrong types
 * are refused with a {@link RegulationFileException} naming the file and the field path.
 */
final class Fields {

    private final String file;
    private final String path;
    private final Map<?, ?> map;

    private Fields(String file, String path, Map<?, ?> map) {
        this.file = file;
        this.path = path;
        this.map = map;
    }

    static Fields root(String file, Object document) {
        if (document == null) {
            throw new RegulationFileException(file, "$", "the file is empty");
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new RegulationFileException(file, "$", "expected a mapping of fields at the top level");
        }
        return new Fields(file, "", map);
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

    boolean has(String key) {
        return map.get(key) != null;
    }

    RegulationFileException error(String key, String problem) {
        return new RegulationFileException(file, pathOf(key), problem);
    }

    Fields allowOnly(String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Object key : map.keySet()) {
            if (!(key instanceof String name)) {
                throw new RegulationFileException(file, path(), "field names must be text, found '" + key + "'");
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
            if (i < 1) {
                throw error(key, "must be 1 or more");
            }
            return i;
        }
        throw error(key, "expected a whole number but found " + describe(value));
    }

    boolean flag(String key) {
        Object value = map.get(key);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw error(key, "expected true or false but found " + describe(value));
    }

    LocalDate optionalDate(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw error(key, "expected an ISO date such as 2022-07-11 but found " + describe(value));
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
        if (value == null) {
            return null;
        }
        if (value instanceof String name) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw error(key, "unknown value " + describe(value) + " (expected one of " + expected + ")");
    }

    /** A list of mappings; empty when absent. */
    List<Fields> mappings(String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw error(key, "expected a list but found " + describe(value));
        }
        List<Fields> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = pathOf(key) + "[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw new RegulationFileException(file, itemPath, "expected a mapping of fields");
            }
            result.add(new Fields(file, itemPath, item));
        }
        return result;
    }

    Fields optionalMapping(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> nested)) {
            throw error(key, "expected a mapping of fields but found " + describe(value));
        }
        return new Fields(file, pathOf(key), nested);
    }

    Fields mapping(String key) {
        Fields value = optionalMapping(key);
        if (value == null) {
            throw missing(key);
        }
        return value;
    }

    RegulationFileException missing(String key) {
        return error(key, "required field is missing");
    }

    private static String describe(Object value) {
        return value instanceof List ? "a list" : value instanceof Map ? "a mapping" : "'" + value + "'";
    }
}
