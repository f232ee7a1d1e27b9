package cn.ecozone.shared.yaml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Typed, path-aware access to one mapping of a file loaded by {@link StrictYaml}. Every problem is
 * thrown as the caller's exception (see {@link StrictYaml.Errors}) with the message {@code file:
 * field.path: problem}, e.g. {@code a.yaml: groups[0].indicators[3].value_type: unknown value 'X'};
 * the path is {@code $} for the root. Texts are stripped; a blank text counts as a problem, an absent
 * or {@code null} field as missing. Callers should call {@link #allowOnly} on every mapping so that a
 * misspelt field is never silently ignored.
 */
public final class YamlFields {

    private final String file;
    private final String path;
    private final Map<?, ?> map;
    private final StrictYaml.Errors errors;

    YamlFields(String file, String path, Map<?, ?> map, StrictYaml.Errors errors) {
        this.file = file;
        this.path = path;
        this.map = map;
        this.errors = errors;
    }

    public String file() {
        return file;
    }

    /** The path of this mapping, {@code $} for the root. */
    public String path() {
        return path.isEmpty() ? "$" : path;
    }

    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Whether the field is present and not {@code null}. */
    public boolean has(String key) {
        return map.get(key) != null;
    }

    /** The caller's exception for a problem with the field {@code key} of this mapping. */
    public RuntimeException error(String key, String problem) {
        return errors.at(file, pathOf(key), problem);
    }

    /** The caller's exception for a problem with this mapping as a whole. */
    public RuntimeException errorHere(String problem) {
        return errors.at(file, path(), problem);
    }

    /** Refuses any key not in {@code allowed}, so that a misspelt field is never silently ignored. */
    public YamlFields allowOnly(String... allowed) {
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

    public String string(String key, int maxLength) {
        return required(key, optionalString(key, maxLength));
    }

    /** A stripped, non-blank text of at most {@code maxLength} code points; {@code null} when absent. */
    public String optionalString(String key, int maxLength) {
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

    /** A required text that must match {@code pattern}. */
    public String code(String key, Pattern pattern, int maxLength) {
        String value = string(key, maxLength);
        if (!pattern.matcher(value).matches()) {
            throw error(key, "'" + value + "' does not match " + pattern.pattern());
        }
        return value;
    }

    public int integer(String key) {
        return required(key, optionalInteger(key));
    }

    /** Any whole number; {@code null} when absent. */
    public Integer optionalInteger(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer i) {
            return i;
        }
        throw error(key, "expected a whole number but found " + describe(value));
    }

    public int positiveInteger(String key) {
        return required(key, optionalPositiveInteger(key));
    }

    /** A whole number of 1 or more; {@code null} when absent. */
    public Integer optionalPositiveInteger(String key) {
        Integer value = optionalInteger(key);
        if (value != null && value < 1) {
            throw error(key, "must be 1 or more");
        }
        return value;
    }

    /** A finite number; {@code null} when absent. */
    public Double optionalNumber(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))) {
            return n.doubleValue();
        }
        throw error(key, "expected a number but found " + describe(value));
    }

    public boolean bool(String key) {
        return required(key, optionalBoolean(key));
    }

    /** {@code true} or {@code false}; {@code null} when absent. */
    public Boolean optionalBoolean(String key) {
        Object value = map.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw error(key, "expected true or false but found " + describe(value));
    }

    /** {@code true} or {@code false}; {@code false} when absent. */
    public boolean flag(String key) {
        return Boolean.TRUE.equals(optionalBoolean(key));
    }

    public LocalDate date(String key) {
        return required(key, optionalDate(key));
    }

    /** An ISO date such as {@code 2021-03-31}; {@code null} when absent. */
    public LocalDate optionalDate(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw error(key, "expected an ISO date such as 2021-03-31 but found " + describe(value));
        }
    }

    public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        return required(key, optionalEnum(key, type));
    }

    /** The constant of {@code type} with exactly this name; {@code null} when absent. */
    public <E extends Enum<E>> E optionalEnum(String key, Class<E> type) {
        Object value = map.get(key);
        return value == null ? null : parseEnum(pathOf(key), value, type);
    }

    /** A list of distinct enum values; {@code null} when absent. */
    public <E extends Enum<E>> List<E> enumList(String key, Class<E> type) {
        return distinctList(key, (at, item) -> parseEnum(at, item, type));
    }

    /** A list of distinct, non-blank texts of at most {@code maxLength}; {@code null} when absent. */
    public List<String> stringList(String key, int maxLength) {
        return distinctList(key, (at, item) -> {
            if (!(item instanceof String text) || text.isBlank() || text.strip().length() > maxLength) {
                throw errors.at(file, at, "expected a text of 1 to " + maxLength + " characters");
            }
            return text.strip();
        });
    }

    /** A list of mappings; empty when absent. */
    public List<YamlFields> mappings(String key) {
        List<?> items = optionalList(key);
        if (items == null) {
            return List.of();
        }
        List<YamlFields> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = pathOf(key) + "[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw errors.at(file, itemPath, "expected a mapping of fields");
            }
            result.add(new YamlFields(file, itemPath, item, errors));
        }
        return result;
    }

    public YamlFields mapping(String key) {
        return required(key, optionalMapping(key));
    }

    /** A nested mapping; {@code null} when absent. */
    public YamlFields optionalMapping(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> nested)) {
            throw error(key, "expected a mapping of fields but found " + describe(value));
        }
        return new YamlFields(file, pathOf(key), nested, errors);
    }

    /** This mapping as an immutable tree of maps, lists and scalars, with text keys only. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> raw() {
        return (Map<String, Object>) YamlValues.copy(path(), map, (at, problem) -> errors.at(file, at, problem));
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

    private <T> List<T> distinctList(String key, BiFunction<String, Object, T> parse) {
        List<?> items = optionalList(key);
        if (items == null) {
            return null;
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = pathOf(key) + "[" + i + "]";
            T value = parse.apply(at, items.get(i));
            if (values.contains(value)) {
                throw errors.at(file, at, "'" + value + "' is listed twice");
            }
            values.add(value);
        }
        return values;
    }

    private <E extends Enum<E>> E parseEnum(String at, Object value, Class<E> type) {
        return YamlValues.parseEnum(value, type, problem -> errors.at(file, at, problem));
    }

    private <T> T required(String key, T value) {
        if (value == null) {
            throw error(key, "required field is missing");
        }
        return value;
    }

    private static String describe(Object value) {
        return YamlValues.describe(value);
    }
}
