package cn.ecozone.indicator.target;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A message key of {@code i18n/indicator_messages.properties} with its arguments, rendered per locale by the caller.
 *
 * <p>Arguments are preformatted {@link String}s (numbers without grouping separators or trailing zeros) or nested
 * {@code Text}s, which are rendered in the same locale before the outer pattern; nothing else is accepted, so no
 * locale-dependent number formatting ("2,027", "60.0") can reach a message. Patterns use {@link MessageFormat}
 * {@code {0}} placeholders and contain no apostrophes. The base bundle is Chinese, {@code _en} is English.
 *
 * <p>{@link #render(Locale)} resolves nested texts. A caller rendering through Spring's {@code MessageSource} must
 * render nested {@code Text} arguments itself (recursively) before passing them on.
 */
public record Text(String key, List<Object> args) {

    /** The resource bundle base name. */
    public static final String BUNDLE = "i18n/indicator_messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Text {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Text)) {
                throw new IllegalArgumentException("Text argument must be a String or a Text, not " + arg.getClass());
            }
        }
    }

    public static Text of(String key, Object... args) {
        return new Text(key, List.of(args));
    }

    /** Joins texts into one list ("甲；乙；丙"), in order; precondition: not empty. */
    public static Text join(List<Text> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        Text joined = texts.getLast();
        for (int i = texts.size() - 2; i >= 0; i--) {
            joined = of("text.join", texts.get(i), joined);
        }
        return joined;
    }

    /** A literal given in both languages (e.g. a part name from an edition): Chinese in zh, English in en. */
    public static Text literal(String zh, String en) {
        return of("text.literal", zh, en == null || en.isBlank() ? zh : en);
    }

    /** Renders this text in {@code locale}: {@code en} gives English, anything else the Chinese base bundle. */
    public String render(Locale locale) {
        return render(bundle(locale));
    }

    /** Renders this text and its nested texts with {@code bundle}; throws if a key is missing. */
    public String render(ResourceBundle bundle) {
        Object[] rendered = args.stream()
                .map(arg -> arg instanceof Text nested ? nested.render(bundle) : arg)
                .toArray();
        return format(bundle, key).format(rendered);
    }

    /**
     * A copy of the parsed pattern of {@code key} (a {@link MessageFormat} may not be shared between
     * threads; parsing each pattern anew was a tenth of a scorecard's own time, issue 10).
     */
    private static MessageFormat format(ResourceBundle bundle, String key) {
        MessageFormat parsed = FORMATS.computeIfAbsent(
                new FormatKey(bundle.getLocale(), key),
                k -> new MessageFormat(bundle.getString(key), bundle.getLocale()));
        return (MessageFormat) parsed.clone();
    }

    /** A pattern of the bundle of a locale; the bundles are read from the jar and never change. */
    private record FormatKey(Locale locale, String key) {}

    private static final ConcurrentMap<FormatKey, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    /** The indicator message bundle for {@code locale}, without falling back to the JVM's default locale. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Text.class.getClassLoader(), NO_FALLBACK);
    }
}
