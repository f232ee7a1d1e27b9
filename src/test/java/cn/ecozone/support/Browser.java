package cn.ecozone.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client that behaves like the front end: keeps cookies (session and XSRF-TOKEN), sends the CSRF
 * header on changing requests, and speaks JSON.
 */
public class Browser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final String base;
    private final CookieManager cookies;
    private final HttpClient client;
    private String language;
    private boolean sendCsrf = true;
    private final Map<String, String> headers = new java.util.LinkedHashMap<>();

    public Browser(int port) {
        this(port, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    private Browser(int port, CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /**
     * The same browser talking to another instance on {@code port} (a proxy sending it elsewhere): it
     * shares this browser's cookies, the session's among them.
     */
    public Browser onPort(int port) {
        return new Browser(port, cookies);
    }

    public Browser language(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    /** Sends the header with every request, e.g. {@code X-Forwarded-For} as a trusted proxy would. */
    public Browser header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The value of the cookie the browser holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Stops sending the CSRF header, to see the server refuse. */
    public Browser withoutCsrf() {
        this.sendCsrf = false;
        return this;
    }

    /**
     * A browser logged in as a fixture user (password {@link Fixtures#PASSWORD}); fails the test when
     * the login is refused.
     */
    public static Browser loggedIn(int port, String username) {
        Browser browser = new Browser(port);
        Response login = browser.login(username, Fixtures.PASSWORD);
        org.assertj.core.api.Assertions.assertThat(login.status())
                .as(login.toString())
                .isEqualTo(200);
        return browser;
    }

    public Response login(String username, String password) {
        return post("/api/auth/login", Map.of("username", username, "password", password));
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    /**
     * The SQL statements the server prepared while answering {@code GET path} (the whole request, see
     * {@link StatementCountFilter}); fails the test unless the answer is 200.
     */
    public int statements(String path) {
        String token = java.util.UUID.randomUUID().toString();
        headers.put(StatementCountFilter.HEADER, token);
        Response response;
        try {
            response = get(path);
        } finally {
            headers.remove(StatementCountFilter.HEADER);
        }
        org.assertj.core.api.Assertions.assertThat(response.status())
                .as(response.toString())
                .isEqualTo(200);
        Integer count = StatementCountFilter.take(token);
        org.assertj.core.api.Assertions.assertThat(count).as("counted " + path).isNotNull();
        return count;
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Uploads one file as multipart/form-data under the field {@code file}. */
    public Response upload(String path, String fileName, byte[] content) {
        String boundary = "----ecozone" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return uploadBody(path, boundary, body.toByteArray());
    }

    /** Posts a multipart/form-data body as given (it may be malformed or cut off). */
    public Response uploadBody(String path, String boundary, byte[] body) {
        if (sendCsrf && csrfToken() == null) {
            get("/api/auth/csrf");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json");
        if (sendCsrf && csrfToken() != null) {
            request.header("X-XSRF-TOKEN", csrfToken());
        }
        return execute(request);
    }

    /** Downloads raw bytes. */
    public byte[] download(String path) {
        try {
            return client.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a raw body as given, e.g. malformed JSON. */
    public Response sendRaw(String method, String path, String rawBody) {
        return exchange(method, path, HttpRequest.BodyPublishers.ofString(rawBody));
    }

    public Response send(String method, String path, Object body) {
        String text = body == null ? null : JSON.writeValueAsString(body);
        return exchange(
                method,
                path,
                text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
    }

    private Response exchange(String method, String path, HttpRequest.BodyPublisher body) {
        if (CHANGING.contains(method) && sendCsrf && csrfToken() == null) {
            get("/api/auth/csrf");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (CHANGING.contains(method) && sendCsrf && csrfToken() != null) {
            request.header("X-XSRF-TOKEN", csrfToken());
        }
        return execute(request);
    }

    private Response execute(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
