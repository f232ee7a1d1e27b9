package cn.ecozone.shared.web;

import cn.ecozone.shared.ApiException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details whose title and detail are in the user's language, with a stable
 * {@code code} and, for validation, the failing fields. Never puts an exception message, class name
 * or SQL into a problem.
 */
@Component
public class Problems {

    private static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    /** The locale for messages: English when asked for, Chinese otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : DEFAULT_LOCALE;
    }

    public ProblemDetail of(ApiException e, Locale locale) {
        List<Map<String, String>> errors = e.fieldErrors().stream()
                .map(f -> Map.of("field", f.field(), "message", message(f.messageKey(), f.args(), locale)))
                .toList();
        return build(e.status(), e.code(), message(e.messageKey(), e.args(), locale), errors, locale);
    }

    public ProblemDetail of(HttpStatusCode status, String code, String messageKey, Locale locale, Object... args) {
        return build(status, code, message(messageKey, args, locale), List.of(), locale);
    }

    public ProblemDetail validation(List<Map<String, String>> errors, Locale locale) {
        String detail = errors.isEmpty()
                ? message("error.validation", null, locale)
                : message(
                        "error.validation.fields",
                        new Object[] {errors.getFirst().get("message")},
                        locale);
        return build(HttpStatusCode.valueOf(400), "validation", detail, errors, locale);
    }

    /** Resolves a message; whole numbers are shown as written (2030, not 2,030). */
    public String message(String key, Object[] args, Locale locale) {
        Object[] printable = args == null ? null : args.clone();
        if (printable != null) {
            for (int i = 0; i < printable.length; i++) {
                if (printable[i] instanceof Integer || printable[i] instanceof Long) {
                    printable[i] = printable[i].toString();
                }
            }
        }
        return messages.getMessage(key, printable, key, supported(locale));
    }

    private ProblemDetail build(
            HttpStatusCode status, String code, String detail, List<Map<String, String>> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage(
                "problem.title." + status.value(),
                null,
                messages.getMessage("problem.title.default", null, supported(locale)),
                supported(locale)));
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
