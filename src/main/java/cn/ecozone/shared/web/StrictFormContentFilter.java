package cn.ecozone.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.servlet.filter.OrderedFormContentFilter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Replaces Boot's {@code FormContentFilter}, which parses PUT, PATCH and DELETE form bodies before the
 * security chain: a bad {@code %} escape, or an escaped NUL character, is answered with 400
 * problem+json and one log line, instead of a 500 and a stack trace. Also refuses {@code %00} in the
 * query string, which would otherwise reach request parameters and the database as a NUL character.
 */
@Component
class StrictFormContentFilter extends OrderedFormContentFilter {

    private static final Logger log = LoggerFactory.getLogger(StrictFormContentFilter.class);

    private final ProblemWriter problems;

    StrictFormContentFilter(ProblemWriter problems) {
        this.problems = problems;
        setFormConverter(new StrictFormConverter());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && query.toLowerCase(java.util.Locale.ROOT).contains("%00")) {
            refuse(request, response, "NUL character in the query string");
            return;
        }
        try {
            super.doFilterInternal(request, response, chain);
        } catch (MalformedFormException e) {
            refuse(request, response, e.getMessage());
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
        log.warn(
                "refused {} {} from {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                request.getRemoteAddr(),
                why);
        problems.write(request, response, 400, "malformed-request", "error.request.malformed");
    }

    /** Thrown by the converter only, so that exceptions from later filters are never caught here. */
    private static final class MalformedFormException extends RuntimeException {
        MalformedFormException(String message) {
            super(message, null, false, false);
        }
    }

    private static final class StrictFormConverter extends FormHttpMessageConverter {

        @Override
        public MultiValueMap<String, String> read(
                Class<? extends MultiValueMap<String, ?>> type, HttpInputMessage message) throws IOException {
            MultiValueMap<String, String> form;
            try {
                form = super.read(type, message);
            } catch (HttpMessageNotReadableException | IllegalArgumentException e) {
                throw new MalformedFormException("malformed form body");
            }
            form.forEach((name, values) -> {
                if (name.indexOf('\0') >= 0 || values.stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                    throw new MalformedFormException("NUL character in a form body");
                }
            });
            return form;
        }
    }
}
