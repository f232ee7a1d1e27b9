package cn.ecozone.shared;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An error the client caused or must be told about. It carries a message key (resolved in the
 * user's language by the problem handler), a stable {@code code} and, for validation, the failing
 * fields. Throw it before changing anything, or inside a transaction that it rolls back.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String messageKey;
    private final transient Object[] args;
    private final List<FieldError> fieldErrors;

    public ApiException(
            HttpStatus status, String code, String messageKey, Object[] args, List<FieldError> fieldErrors) {
        super(code + ": " + messageKey);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    public static ApiException notFound(String messageKey, Object... args) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", messageKey, args, null);
    }

    /** A 400 for one failing field; the same message is shown as the detail and beside the field. */
    public static ApiException invalid(String field, String messageKey, Object... args) {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "validation",
                messageKey,
                args,
                List.of(new FieldError(field, messageKey, args)));
    }

    public static ApiException conflict(String messageKey, Object... args) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", messageKey, args, null);
    }

    /** A 422: the request is well formed but cannot be processed, e.g. a year with no calendar. */
    public static ApiException unprocessable(String code, String field, String messageKey, Object... args) {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                code,
                messageKey,
                args,
                field == null ? null : List.of(new FieldError(field, messageKey, args)));
    }

    public static ApiException forbidden(String messageKey, Object... args) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", messageKey, args, null);
    }

    public static ApiException unauthenticated() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated", "error.unauthenticated", null, null);
    }

    public static ApiException unauthorized(String code, String messageKey, Object... args) {
        return new ApiException(HttpStatus.UNAUTHORIZED, code, messageKey, args, null);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** A failing field with the message key that explains it. */
    public record FieldError(String field, String messageKey, Object[] args) {}
}
