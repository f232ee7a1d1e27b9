package cn.ecozone.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report for requests that Tomcat refuses before the application sees them (e.g.
 * {@code %2F} or {@code %00} in the path): a problem+json in the caller's language with the security
 * headers, instead of Tomcat's HTML page. Errors inside the application are answered by {@code /error}
 * and pass this valve untouched (something was written already).
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private final Problems problems;
    private final JsonMapper json;

    ProblemErrorReportValve(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String key = status == 400 ? "error.path.invalid" : status == 404 ? "error.path.not-found" : "error.http";
        ProblemDetail problem = problems.of(
                HttpStatusCode.valueOf(status),
                status == 400 ? "invalid-path" : "http-" + status,
                key,
                ProblemWriter.locale(request),
                status);
        try {
            response.resetBuffer();
            SecurityHeadersFilter.apply(response);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(json.writeValueAsBytes(problem));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client went away; nothing more to tell it
        }
    }
}
