package cn.ecozone.indicator.target;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads the parameters of one spec map (from YAML or JSON) and turns every problem into a {@link TargetSpecException}
 * naming the path, e.g. {@code target.thresholds.MOUNTAIN.value}. Numbers must be numbers (a quoted "95" is refused),
 * booleans must be booleans, and unknown parameters are refused so that a misspelt one cannot be silently ignored.
 */
final class SpecReader {

    /** Documentation keys accepted on every spec and ignored. */
    static final Set<String> ANNOTATIONS = Set.of("note", "wording");

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final Map<?, ?> spec;
    private final String path;

    private SpecReader(Map<?, ?> spec, String path) {
        this.spec = spec;
        this.path = path;
    }

    /** Precondition: {@code spec} is a map with text keys, else the exception names {@code path}. */
    static SpecReader of(Object spec, String path) {
        if (!(spec instanceof Map<?, ?> map) || !map.keySet().stream().allMatch(String.class::isInstance)) {
            throw new TargetSpecException(path, Text.of(spec == null ? "spec.missing" : "spec.notMap"));
        }
        return new SpecReader(map, path);
    }

    String path(String key) {
        return path + "." + key;
    }

    @SuppressWarnings("unchecked")
    Set<String> keys() {
        return (Set<String>) spec.keySet();
    }

    Object required(String key) {
        Object value = spec.get(key);
        if (value == null) {
            throw new TargetSpecException(path(key), Text.of("spec.missing"));
        }
        return value;
    }

    /** Refuses any key other than {@code kind}, the annotations and {@code params}. */
    void allowOnly(Set<String> params) {
        for (String key : keys()) {
            if (!key.equals("kind") && !ANNOTATIONS.contains(key) && !params.contains(key)) {
                String allowed = params.isEmpty() ? "-" : String.join(", ", new TreeSet<>(params));
                throw new TargetSpecException(path(key), Text.of("spec.unknownParameter", key, allowed));
            }
        }
    }

    double number(String key) {
        return toNumber(key, required(key));
    }

    Double optionalNumber(String key) {
        Object value = spec.get(key);
        return value == null ? null : toNumber(key, value);
    }

    private double toNumber(String key, Object value) {
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            throw new TargetSpecException(path(key), Text.of("spec.notNumber"));
        }
        return number.doubleValue();
    }

    double nonNegative(String key, double fallback) {
        Double number = optionalNumber(key);
        if (number != null && number < 0) {
            throw new TargetSpecException(path(key), Text.of("spec.negative"));
        }
        return number == null ? fallback : number;
    }

    boolean bool(String key, boolean fallback) {
        Object value = spec.get(key);
        if (value != null && !(value instanceof Boolean)) {
            throw new TargetSpecException(path(key), Text.of("spec.notBoolean"));
        }
        return value == null ? fallback : (Boolean) value;
    }

    /** An optional whole year between 2000 and 2100. */
    Integer year(String key) {
        Double number = optionalNumber(key);
        if (number != null && (number != Math.rint(number) || number < FIRST_YEAR || number > LAST_YEAR)) {
            throw new TargetSpecException(
                    path(key), Text.of("spec.badYear", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        return number == null ? null : number.intValue();
    }

    String text(String key) {
        String text = optionalText(key);
        if (text == null) {
            throw new TargetSpecException(path(key), Text.of("spec.missing"));
        }
        return text;
    }

    /** Optional text, stripped; blank counts as absent. */
    String optionalText(String key) {
        Object value = spec.get(key);
        if (value != null && !(value instanceof String)) {
            throw new TargetSpecException(path(key), Text.of("spec.notText"));
        }
        return value == null || ((String) value).isBlank() ? null : ((String) value).strip();
    }

    /** An enum constant named (case-insensitively) by the text, or {@code fallback} when absent. */
    <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        String name = optionalText(key);
        if (name == null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(name)) {
                return constant;
            }
        }
        String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new TargetSpecException(path(key), Text.of("spec.badChoice", name, names));
    }

    List<?> list(String key) {
        if (!(required(key) instanceof List<?> list)) {
            throw new TargetSpecException(path(key), Text.of("spec.notList"));
        }
        return list;
    }
}
