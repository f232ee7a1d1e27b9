package cn.ecozone.registry.internal.kinds;

import cn.ecozone.registry.RegisterKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The problems found in one record's input, each naming its field (the JSON name) with a message key
 * whose first argument is the field's label in the kind's words ({@code registry.field.<KIND>.<field>},
 * else {@code registry.field.<field>}). Collects them all, so that an import lists every error of a row.
 */
public final class Checks {

    /** One failing field. */
    public record Problem(String field, String messageKey, Object[] args) {}

    /** The longest summary, as the column allows. */
    public static final int SUMMARY_MAX = 2000;

    private final RegisterKind kind;
    private final LocalDate today;
    private final List<Problem> problems = new ArrayList<>();

    public Checks(RegisterKind kind, LocalDate today) {
        this.kind = kind;
        this.today = today;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public LocalDate today() {
        return today;
    }

    /** The field's label in the kind's words. */
    public MessageSourceResolvable label(String field) {
        String generic = "registry.field." + field.replaceAll("\\[\\d+]", "");
        return new DefaultMessageSourceResolvable(
                new String[] {"registry.field." + kind.name() + "." + field.replaceAll("\\[\\d+]", ""), generic},
                generic);
    }

    public void add(String field, String key, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = label(field);
        System.arraycopy(more, 0, args, 1, more.length);
        problems.add(new Problem(field, key, args));
    }

    /** The text stripped, null when blank; a problem when required and blank, or longer than {@code max}. */
    public String text(String field, String value, int max, boolean required) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v == null && required) {
            add(field, "error.registry.required");
        } else if (v != null && v.length() > max) {
            add(field, "error.registry.too-long", max);
        }
        return v;
    }

    /** The value; a problem when it is null. */
    public <T> T required(String field, T value) {
        if (value == null) {
            add(field, "error.registry.required");
        }
        return value;
    }

    /** A required date, not after today. */
    public LocalDate pastDate(String field, LocalDate value) {
        if (required(field, value) != null && value.isAfter(today)) {
            add(field, "error.registry.future");
        }
        return value;
    }

    /** A problem when both dates are given and {@code value} lies before {@code earliest}. */
    public LocalDate notBefore(String field, LocalDate value, String earliestField, LocalDate earliest) {
        if (value != null && earliest != null && value.isBefore(earliest)) {
            add(field, "error.registry.before", label(earliestField));
        }
        return value;
    }

    /** One of {@code allowed}, required; the problem lists the allowed codes' labels. */
    public String oneOf(String field, String value, List<String> allowed, String labelPrefix) {
        String v = text(field, value, 40, true);
        if (v != null && !allowed.contains(v)) {
            add(field, "error.registry.one-of", labels(allowed, labelPrefix));
            return null;
        }
        return v;
    }

    /** The kind's category, required when the kind has categories (null otherwise). */
    public String category(String value) {
        if (kind.categories().isEmpty()) {
            return null;
        }
        return oneOf("category", value, kind.categories(), "registry.category.");
    }

    /** A required year from 2000 to next year. */
    public Integer year(String field, Integer value) {
        if (required(field, value) != null && (value < 2000 || value > today.getYear() + 1)) {
            add(field, "error.registry.year", 2000, today.getYear() + 1);
        }
        return value;
    }

    private static MessageSourceResolvable labels(List<String> codes, String prefix) {
        // the codes' labels joined by 、, resolved in the user's language
        return new JoinedLabels(codes.stream().map(c -> prefix + c).toList());
    }

    /** Several labels joined by 、 (a resolvable with one argument per label). */
    private record JoinedLabels(List<String> codes) implements MessageSourceResolvable {
        @Override
        public String[] getCodes() {
            return new String[] {"registry.joined." + codes.size()};
        }

        @Override
        public Object[] getArguments() {
            return codes.stream()
                    .map(c -> new DefaultMessageSourceResolvable(new String[] {c}, c))
                    .toArray();
        }

        @Override
        public String getDefaultMessage() {
            return String.join("、", codes);
        }
    }
}
