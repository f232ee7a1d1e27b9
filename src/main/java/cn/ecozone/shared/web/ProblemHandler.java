package cn.ecozone.shared.web;

import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.DomainFact;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every exception that leaves a controller into a problem+json response in the user's
 * language. Unexpected exceptions are logged with an error id and answered with a generic 500.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final Problems problems;

    ProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e) {
        return respond(problems.of(e, locale()));
    }

    /** A domain fact answered with its category's status ({@link DomainFact#status}, the one mapping). */
    @ExceptionHandler(DomainFact.class)
    ResponseEntity<Object> fact(DomainFact f) {
        HttpStatus status = DomainFact.status(f.category());
        List<ApiException.FieldError> fields =
                f.field() == null ? null : List.of(new ApiException.FieldError(f.field(), f.messageKey(), f.args()));
        HttpHeaders headers = new HttpHeaders();
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            headers.set(HttpHeaders.RETRY_AFTER, "2");
        }
        return respond(
                problems.of(new ApiException(status, f.code(), f.messageKey(), f.args(), fields), locale()), headers);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> optimisticLock(OptimisticLockingFailureException e) {
        return respond(problems.of(HttpStatus.CONFLICT, "conflict", "error.conflict.stale", locale()));
    }

    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<Object> pessimisticLock(PessimisticLockingFailureException e) {
        return respond(problems.of(HttpStatus.CONFLICT, "conflict", "error.conflict.busy", locale()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        if (NulCharacters.refusedByDatabase(e)) {
            return respond(problems.of(HttpStatus.BAD_REQUEST, "validation", "error.text.nul", locale()));
        }
        log.info(
                "integrity violation answered with 409: {}",
                e.getMostSpecificCause().getMessage());
        return respond(problems.of(HttpStatus.CONFLICT, "conflict", "error.conflict.integrity", locale()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e) {
        return respond(problems.of(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden", locale()));
    }

    /** A file upload that is not multipart/form-data, or a broken multipart body. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<Object> multipart(org.springframework.web.multipart.MultipartException e) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation", "error.upload.multipart", locale());
        return respond(withField(problem, "file", locale()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraint(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList();
        return respond(problems.validation(errors, locale()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseUnavailable.is(e)) {
            log.warn("database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            return respond(
                    problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "error.database.unavailable", locale()),
                    headers);
        }
        String errorId = java.util.UUID.randomUUID().toString().substring(0, 8);
        log.error("unexpected error {} on {} {}", errorId, request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "error.internal", locale());
        problem.setProperty("errorId", errorId);
        return respond(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(problems.validation(fieldErrors(ex.getBindingResult()), locale()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(error -> errors.add(Map.of(
                                "field",
                                result.getMethodParameter().getParameterName() == null
                                        ? "parameter"
                                        : result.getMethodParameter().getParameterName(),
                                "message",
                                String.valueOf(error.getDefaultMessage())))));
        return respond(problems.validation(errors, locale()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = locale();
        ProblemDetail problem = switch (ex) {
            case HttpMessageNotReadableException e
            when e.getMostSpecificCause() instanceof BodySizeLimitFilter.BodyTooLargeException ->
                problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.body.too-large", locale);
            case HttpMessageNotReadableException e
            when NulCharacters.field(e) != null ->
                withField(problems.of(status, "validation", "error.text.nul", locale), NulCharacters.field(e), locale);
            case HttpMessageNotReadableException e ->
                problems.of(status, "malformed-body", "error.body.malformed", locale);
            case TypeMismatchException e ->
                withField(
                        problems.of(
                                status,
                                "validation",
                                "error.parameter.type",
                                locale,
                                e.getPropertyName(),
                                String.valueOf(e.getValue())),
                        e.getPropertyName(),
                        locale);
            case MissingServletRequestParameterException e ->
                withField(
                        problems.of(status, "validation", "error.parameter.missing", locale, e.getParameterName()),
                        e.getParameterName(),
                        locale);
            case MaxUploadSizeExceededException e
            when MultipartFailures.partHeaderLimit(e) != null ->
                withField(
                        problems.of(
                                HttpStatus.BAD_REQUEST,
                                "file-name-too-long",
                                "error.upload.header-too-large",
                                locale,
                                String.valueOf(MultipartFailures.partHeaderLimit(e))),
                        "file",
                        locale);
            case MaxUploadSizeExceededException e -> problems.of(status, "too-large", "error.body.too-large", locale);
            case NoResourceFoundException e -> problems.of(status, "not-found", "error.path.not-found", locale);
            default -> problems.of(status, "http-" + status.value(), "error.http", locale, status.value());
        };
        return respond(problem, headers);
    }

    private static ProblemDetail withField(ProblemDetail problem, String field, Locale locale) {
        problem.setProperty("errors", List.of(Map.of("field", String.valueOf(field), "message", problem.getDetail())));
        return problem;
    }

    private static List<Map<String, String>> fieldErrors(BindingResult result) {
        List<Map<String, String>> errors = new ArrayList<>();
        result.getFieldErrors()
                .forEach(f ->
                        errors.add(Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage()))));
        result.getGlobalErrors()
                .forEach(g -> errors.add(
                        Map.of("field", g.getObjectName(), "message", String.valueOf(g.getDefaultMessage()))));
        return errors;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return respond(problem, new HttpHeaders());
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders out = new HttpHeaders();
        out.addAll(headers);
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.getStatus()).headers(out).body(problem);
    }
}
