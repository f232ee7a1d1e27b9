package cn.ecozone.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers errors that happen outside Spring MVC (the container's error dispatch) with a problem
 * instead of Boot's default body, so that no exception text or trace reaches a client.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private final Problems problems;

    ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // asked for directly, not an error dispatch: there is no such page
            return answer(
                    404,
                    problems.of(
                            HttpStatus.NOT_FOUND, "not-found", "error.path.not-found", ProblemWriter.locale(request)));
        }
        if (DatabaseUnavailable.is((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "unavailable",
                            "error.database.unavailable",
                            ProblemWriter.locale(request)));
        }
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        String key = status == 404 ? "error.path.not-found" : status >= 500 ? "error.internal" : "error.http";
        return answer(
                status,
                problems.of(
                        HttpStatusCode.valueOf(status), "http-" + status, key, ProblemWriter.locale(request), status));
    }

    private static ResponseEntity<ProblemDetail> answer(int status, ProblemDetail problem) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
