package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Requests that fail before the application's own handling, or carry what no database should store,
 * are answered with a problem+json, never a 500, a stack trace or Tomcat's HTML page; and every answer
 * carries the browser security headers.
 */
@ApiTest
class RequestHygieneIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private Response send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "<html");
        assertSecurityHeaders(response);
    }

    private static void assertSecurityHeaders(Response response) {
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .as("CSP on %s", response)
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-eval"));
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy"))
                .hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()"));
    }

    @Test
    void aFormBodyWithABadEscapeIsA400ProblemNotA500() {
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            Response response = send(
                    method, "/api/regions/152502/attributes", "application/x-www-form-urlencoded", "terrain=%zz&x=%");
            assertProblem(response, 400, "malformed-request");
        }
    }

    @Test
    void aFormBodyOrQueryWithAnEscapedNulCharacterIsA400Problem() {
        assertProblem(
                send("PUT", "/api/regions/152502/attributes", "application/x-www-form-urlencoded", "terrain=a%00b"),
                400,
                "malformed-request");
        assertProblem(send("GET", "/api/regions/search?q=a%00b", null, null), 400, "malformed-request");
    }

    @Test
    void pathsThatTomcatRefusesGetAProblemNotAnHtmlPage() {
        for (String path : new String[] {"/api/regions/15%2F2502", "/api/regions/15%00", "/%2e%2e%2f%2e%2e%2fetc"}) {
            Response response = send("GET", path, null, null);
            assertProblem(response, 400, "invalid-path");
        }
    }

    @Test
    void askingForTheErrorPageDirectlyIsNotFoundNotA500() {
        assertProblem(send("GET", "/error", null, null), 404, "not-found");
    }

    @Test
    void aNulCharacterInJsonTextIsA400NamingTheFieldAndNothingIsStored() {
        String name = "含空字符" + System.nanoTime();
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "152502"), Fixtures.PASSWORD);
        Response response = county.post(
                "/api/construction-units", Map.of("regionCode", "152502", "name", name + "\u0000x", "kind", "PARK"));
        assertProblem(response, 400, "validation");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(jdbc.queryForObject(
                        "select count(*) from construction_unit where name like ?", Long.class, name + "%"))
                .isZero();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        assertSecurityHeaders(send("GET", "/api/auth/csrf", null, null));
        assertSecurityHeaders(send("GET", "/api/regions/152502", null, null));
        assertSecurityHeaders(send("GET", "/regions", null, null));
        assertSecurityHeaders(send("GET", "/", null, null));
        assertSecurityHeaders(send("GET", "/no-such-file.js", null, null));
    }
}
