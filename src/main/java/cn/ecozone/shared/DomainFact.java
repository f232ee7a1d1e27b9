package cn.ecozone.shared;

/**
 * A refusal named as a fact of the domain (e.g. {@code StepAlreadyTaken}), thrown before anything
 * changes. The fact states its {@link Category}, never an HTTP status: categories map to statuses in
 * one place, {@link #status(Category)}, which {@code shared.web.ProblemHandler} answers with and a batch
 * reports per item with (review s15 #12). The message key is resolved in the user's language;
 * {@code field} names the failing input, if any.
 */
public abstract class DomainFact extends RuntimeException {

    /** What kind of refusal a fact is. */
    public enum Category {
        /** The actor may not do this (403). */
        REFUSED,
        /** The record's state or version does not allow it now (409). */
        CONFLICT,
        /** The input is not acceptable (400). */
        INVALID,
        /** The input is well formed but cannot be processed as things stand, e.g. a text not attached (422). */
        UNPROCESSABLE,
        /** No such record, or outside the actor's data scope (404). */
        NOT_FOUND,
        /** The service cannot do it yet, e.g. while it is starting; the client may retry shortly (503). */
        UNAVAILABLE
    }

    /** The one mapping of a category to the HTTP status a client is answered with. */
    public static org.springframework.http.HttpStatus status(Category category) {
        return switch (category) {
            case REFUSED -> org.springframework.http.HttpStatus.FORBIDDEN;
            case CONFLICT -> org.springframework.http.HttpStatus.CONFLICT;
            case INVALID -> org.springframework.http.HttpStatus.BAD_REQUEST;
            case UNPROCESSABLE -> org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;
            case NOT_FOUND -> org.springframework.http.HttpStatus.NOT_FOUND;
            case UNAVAILABLE -> org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    private final Category category;
    private final String messageKey;
    private final transient Object[] args;
    private final String field;

    /**
     * @param field the failing input, or {@code null}
     */
    protected DomainFact(Category category, String messageKey, String field, Object... args) {
        super(messageKey, null, false, false);
        this.category = category;
        this.messageKey = messageKey;
        this.field = field;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public Category category() {
        return category;
    }

    /** A stable code for clients: the fact's simple name in kebab case, e.g. {@code step-already-taken}. */
    public String code() {
        return getClass()
                .getSimpleName()
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .toLowerCase(java.util.Locale.ROOT);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The failing input field, or {@code null}. */
    public String field() {
        return field;
    }
}
