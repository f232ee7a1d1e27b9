package cn.ecozone.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem response from servlet filters and security handlers, outside Spring MVC. */
@Component
public class ProblemWriter {

    private final Problems problems;
    private final JsonMapper json;

    public ProblemWriter(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    public void write(
            HttpServletRequest request, HttpServletResponse response, int status, String code, String messageKey)
            throws IOException {
        ProblemDetail problem = problems.of(HttpStatusCode.valueOf(status), code, messageKey, locale(request));
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** Chinese unless the client asks for English; the servlet default locale is not the user's. */
    static java.util.Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? null : Problems.supported(request.getLocale());
    }
}
