package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.Together;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every error is an RFC 9457 problem ({@code application/problem+json} with title, detail, status
 * and a stable code; the failing fields for validation) in the caller's language, never shows
 * internals, and bad input changes nothing.
 */
@ApiTest
class ErrorHandlingIT {

    /** Traces of internals that must never reach a client. */
    private static final List<String> INTERNALS = List.of(
            "cn.ecozone",
            "org.springframework",
            "org.hibernate",
            "org.h2",
            "org.postgresql",
            "org.apache",
            "java.",
            "jakarta.",
            "tools.jackson",
            "com.fasterxml",
            "Exception",
            "SQL",
            "\tat ",
            "stackTrace",
            "\"trace\"",
            "\"exception\"");

    /**
     * A stack frame such as {@code at cn.ecozone.X.y(X.java:1)}. A bare "at " would also match
     * English prose ("cannot sit at this region level"), so frames are matched by their shape.
     */
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\(");

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    private static final AtomicInteger NAMES = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    // ---- helpers ---------------------------------------------------------------------------

    private Browser loggedIn(Role role, String region) {
        Browser browser = new Browser(port);
        Response login = browser.login(fixtures.user(role, region), Fixtures.PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return browser;
    }

    private static String uniqueName(String prefix) {
        return prefix + NAMES.incrementAndGet() + "-" + System.nanoTime();
    }

    /** Checks the answer is a clean problem of the status and code, and returns its body. */
    private static JsonNode problem(Response response, int status, String code) {
        assertNoInternals(response);
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).as("title of %s", response).isNotBlank();
        assertThat(problem.path("detail").asString())
                .as("detail of %s", response)
                .isNotBlank();
        assertThat(problem.path("code").asString()).as(response.toString()).isEqualTo(code);
        return problem;
    }

    private static void assertNoInternals(Response response) {
        String body = response.body();
        assertThat(body).as("answer leaks internals: %s", body).doesNotContain(INTERNALS);
        assertThat(STACK_FRAME.matcher(body).find())
                .as("answer holds a stack frame: %s", body)
                .isFalse();
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> {
            assertThat(e.path("message").asString()).as("message for %s", e).isNotBlank();
            fields.add(e.path("field").asString());
        });
        return fields;
    }

    private static void assertChinese(JsonNode node) {
        assertThat(CJK.matcher(node.asString()).find()).as("Chinese: %s", node).isTrue();
    }

    private static void assertEnglish(JsonNode node) {
        String text = node.asString();
        assertThat(CJK.matcher(text).find()).as("English: %s", node).isFalse();
        assertThat(text).as("English: %s", node).containsPattern("[A-Za-z]{3,}");
    }

    private static List<JsonNode> list(Response response) {
        return list(response.status(), response.json());
    }

    private static List<JsonNode> list(int status, JsonNode array) {
        assertThat(status).isEqualTo(200);
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    /** The names of the units of 152502 whose name contains {@code name} (the list is paged). */
    private static List<String> unitNames(Browser browser, String name) {
        Response page = browser.get("/api/construction-units?region=152502&size=100&q="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        return list(page.status(), page.json().get("content")).stream()
                .map(u -> u.get("name").asString())
                .toList();
    }

    private static long unitCount(Browser browser) {
        Response page = browser.get("/api/construction-units?region=152502&size=1");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("totalElements").asLong();
    }

    private static Map<String, Object> attributes(String terrain, Object version) {
        return Map.of("terrain", terrain, "keyEcologicalFunctionArea", true, "reason", "错误处理测试", "version", version);
    }

    // ---- bad bodies ----------------------------------------------------------------------

    @Test
    void malformedJsonIsRefusedWith400AndCreatesNoUnit() {
        Browser county = loggedIn(Role.COUNTY_GOVERNMENT, "152502");
        String name = uniqueName("坏JSON单元");
        long before = unitCount(county);

        Response refused = county.sendRaw(
                "POST", "/api/construction-units", "{\"regionCode\":\"152502\",\"name\":\"" + name + "\",\"kind\":");

        problem(refused, 400, "malformed-body");
        assertThat(unitNames(county, name)).isEmpty();
        assertThat(unitCount(county)).isEqualTo(before);
    }

    @Test
    void wrongTypesAreRefusedWith400AndChangeNothing() {
        Browser county = loggedIn(Role.COUNTY_GOVERNMENT, "152502");
        String name = uniqueName("类型错误单元");
        problem(
                county.post("/api/construction-units", Map.of("regionCode", "152502", "name", name, "kind", 42)),
                400,
                "malformed-body");
        assertThat(unitNames(county, name)).isEmpty();

        Response created = county.post(
                "/api/construction-units", Map.of("regionCode", "152502", "name", uniqueName("原单元"), "kind", "PARK"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode unit = created.json();
        String path = "/api/construction-units/" + unit.get("id").asLong();
        problem(
                county.put(path, Map.of("name", uniqueName("改名"), "kind", "VILLAGE", "version", "abc")),
                400,
                "malformed-body");
        JsonNode after = county.get(path).json();
        assertThat(after.get("name")).isEqualTo(unit.get("name"));
        assertThat(after.get("kind").asString()).isEqualTo("PARK");
        assertThat(after.get("version")).isEqualTo(unit.get("version"));
    }

    @Test
    void wrongVersionTypeOnRegionAttributesIsRefusedAndChangesNothing() {
        Browser staff = loggedIn(Role.PROVINCE_STAFF, "150000");
        JsonNode before = staff.get("/api/regions/152528").json();

        problem(staff.put("/api/regions/152528/attributes", attributes("HILL", "abc")), 400, "malformed-body");

        JsonNode after = staff.get("/api/regions/152528").json();
        assertThat(after.get("terrain")).isEqualTo(before.get("terrain"));
        assertThat(after.get("keyEcologicalFunctionArea")).isEqualTo(before.get("keyEcologicalFunctionArea"));
        assertThat(after.get("version")).isEqualTo(before.get("version"));
    }

    /** A number is not an enum constant; Jackson reads it as the constant's position unless told not to. */
    @Test
    void aNumberForAnEnumIsRefusedNotReadAsTheConstantsPosition() {
        Browser county = loggedIn(Role.COUNTY_GOVERNMENT, "152502");
        String name = uniqueName("序号单元");

        Response refused =
                county.post("/api/construction-units", Map.of("regionCode", "152502", "name", name, "kind", 1));

        assertThat(unitNames(county, name)).as("a unit was created from kind=1").isEmpty();
        problem(refused, 400, "malformed-body");
    }

    @Test
    void missingRequiredFieldsAreNamedInErrors() {
        Browser county = loggedIn(Role.COUNTY_GOVERNMENT, "152502");
        JsonNode unit = problem(county.post("/api/construction-units", Map.of()), 400, "validation");
        assertThat(fields(unit)).containsExactlyInAnyOrder("regionCode", "name", "kind");

        Browser staff = loggedIn(Role.PROVINCE_STAFF, "150000");
        JsonNode attributes = problem(staff.put("/api/regions/152528/attributes", Map.of()), 400, "validation");
        assertThat(fields(attributes))
                .containsExactlyInAnyOrder("terrain", "keyEcologicalFunctionArea", "reason", "version");
    }

    @Test
    void bodyOverTheJsonLimitIsRefusedWith413AndCreatesNothing() {
        Browser county = loggedIn(Role.COUNTY_GOVERNMENT, "152502");
        String name = uniqueName("超大单元");

        Response refused = county.post(
                "/api/construction-units",
                Map.of("regionCode", "152502", "name", name, "kind", "PARK", "description", "长".repeat(100_000)));

        problem(refused, 413, "too-large");
        assertThat(unitNames(county, name)).isEmpty();
    }

    /**
     * Without Content-Length (chunked transfer) the size is unknown up front; the limit must hold
     * all the same, or any client can make the server parse a body of any size.
     */
    @Test
    void chunkedBodyOverTheJsonLimitIsRefusedWith413Too() {
        RawClient raw = rawClient();
        byte[] body =
                ("{\"username\":\"" + "a".repeat(400_000) + "\",\"password\":\"x\"}").getBytes(StandardCharsets.UTF_8);

        // an InputStream publisher has no known length, so the client sends the body chunked
        Response answer = raw.send(raw.request("/api/auth/login")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        problem(answer, 413, "too-large");
    }

    /** A plain HTTP client with the CSRF cookie and header, for requests the Browser cannot make. */
    private record RawClient(HttpClient client, String base, String csrfToken) {

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept", "application/json")
                    .header("X-XSRF-TOKEN", csrfToken);
        }

        Response send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(answer.statusCode(), answer.body(), answer.headers());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private RawClient rawClient() {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        RawClient raw =
                new RawClient(HttpClient.newBuilder().cookieHandler(cookies).build(), "http://localhost:" + port, "");
        raw.send(HttpRequest.newBuilder(URI.create(raw.base() + "/api/auth/csrf")));
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
        return new RawClient(raw.client(), raw.base(), token);
    }

    // ---- paths and methods ----------------------------------------------------------------

    @Test
    void unknownApiPathIs404ForALoggedInUser() {
        Browser county = loggedIn(Role.COUNTY_GOVERNMENT, "152502");
        problem(county.get("/api/nope"), 404, "not-found");
    }

    /**
     * Outside the public prefixes the security chain answers before routing, so the anonymous
     * public learns nothing about which API paths exist; under a public prefix it gets the 404.
     */
    @Test
    void unknownApiPathIs401ForTheAnonymousPublicExceptUnderThePublicPrefixes() {
        Browser anonymous = new Browser(port);
        problem(anonymous.get("/api/nope"), 401, "unauthenticated");
        problem(anonymous.get("/api/regions/152502/nope"), 404, "not-found");
        problem(anonymous.get("/api/calendar/nope"), 404, "not-found");
    }

    @Test
    void wrongHttpMethodIs405WithTheAllowedMethods() {
        Browser county = loggedIn(Role.COUNTY_GOVERNMENT, "152502");
        Response delete = county.delete("/api/regions/152502");
        problem(delete, 405, "http-405");
        assertThat(delete.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));

        Response get = new Browser(port).get("/api/auth/login");
        problem(get, 405, "http-405");
        assertThat(get.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void wrongContentTypeIs415() {
        RawClient raw = rawClient();
        Response answer = raw.send(raw.request("/api/auth/login")
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<login><username>x</username></login>")));
        problem(answer, 415, "http-415");
    }

    // ---- language ---------------------------------------------------------------------------

    @Test
    void detailIsChineseByDefaultAndEnglishOnRequest() {
        JsonNode chinese = problem(new Browser(port).get("/api/regions/159999"), 404, "not-found");
        assertChinese(chinese.get("detail"));
        assertChinese(chinese.get("title"));
        assertThat(chinese.get("detail").asString()).contains("159999");

        JsonNode english = problem(new Browser(port).language("en").get("/api/regions/159999"), 404, "not-found");
        assertEnglish(english.get("detail"));
        assertEnglish(english.get("title"));
        assertThat(english.get("detail").asString()).contains("159999");

        JsonNode regional =
                problem(new Browser(port).language("en-US,en;q=0.9").get("/api/regions/159999"), 404, "not-found");
        assertEnglish(regional.get("detail"));

        JsonNode unsupported = problem(new Browser(port).language("fr").get("/api/regions/159999"), 404, "not-found");
        assertChinese(unsupported.get("detail"));
    }

    @Test
    void problemsWrittenBySecurityFiltersFollowTheLanguageToo() {
        JsonNode chinese = problem(new Browser(port).get("/api/auth/me"), 401, "unauthenticated");
        assertChinese(chinese.get("detail"));

        JsonNode english = problem(new Browser(port).language("en").get("/api/auth/me"), 401, "unauthenticated");
        assertEnglish(english.get("detail"));
        assertEnglish(english.get("title"));
    }

    @Test
    void validationMessagesBesideTheFieldsFollowTheLanguage() {
        Browser english = loggedIn(Role.COUNTY_GOVERNMENT, "152502").language("en");
        JsonNode problem = problem(english.post("/api/construction-units", Map.of()), 400, "validation");
        assertThat(problem.get("errors")).isNotEmpty().allSatisfy(e -> assertEnglish(e.get("message")));
        assertEnglish(problem.get("detail"));

        Browser chinese = loggedIn(Role.COUNTY_GOVERNMENT, "152502");
        JsonNode zh = problem(chinese.post("/api/construction-units", Map.of()), 400, "validation");
        assertThat(zh.get("errors")).allSatisfy(e -> assertChinese(e.get("message")));
    }

    // ---- search -------------------------------------------------------------------------------

    @Test
    void regionSearchTakesLikeWildcardsLiterally() {
        Browser anonymous = new Browser(port);
        assertThat(list(anonymous.get("/api/regions?q=%E9%94%A1%E6%9E%97"))).isNotEmpty(); // 锡林
        assertThat(list(anonymous.get("/api/regions?q=%25"))).as("q=%%").isEmpty();
        assertThat(list(anonymous.get("/api/regions?q=_"))).as("q=_").isEmpty();
        assertThat(list(anonymous.get("/api/regions?q=%25%25"))).as("q=%%%%").isEmpty();
        assertThat(list(anonymous.get("/api/regions?q=%5C"))).as("q=\\").isEmpty();
        assertThat(list(anonymous.get("/api/regions?q=%E9%94%A1%25")))
                .as("q=锡%%")
                .isEmpty();
        assertThat(list(anonymous.get("/api/regions?q=%E9%94%A1_%E9%83%AD")))
                .as("q=锡_郭")
                .isEmpty();
    }

    // ---- calendar -----------------------------------------------------------------------------

    @Test
    void dateInAYearWithoutCalendarIs422CalendarNotPublished() {
        JsonNode problem =
                problem(new Browser(port).get("/api/calendar/days/2040-01-01"), 422, "calendar-not-published");
        assertThat(problem.get("detail").asString()).contains("2040");
    }

    /** The front end marks the input that caused a 422; here that is the date. */
    @Test
    void calendarNotPublishedNamesTheDateField() {
        JsonNode problem =
                problem(new Browser(port).get("/api/calendar/days/2040-01-01"), 422, "calendar-not-published");
        assertThat(fields(problem)).as("errors of %s", problem).containsExactly("date");
    }

    @Test
    void negativeWorkingDaysAre422OnTheWorkingDaysField() {
        JsonNode problem = problem(
                new Browser(port).get("/api/calendar/deadline?from=2025-01-02&workingDays=-1"),
                422,
                "invalid-working-days");
        assertThat(fields(problem)).containsExactly("workingDays");
        assertThat(problem.get("detail").asString()).contains("-1");

        JsonNode text = problem(
                new Browser(port).get("/api/calendar/deadline?from=2025-01-02&workingDays=abc"),
                422,
                "invalid-working-days");
        assertThat(fields(text)).containsExactly("workingDays");
    }

    @Test
    void impossibleDateIs422OnTheDateField() {
        JsonNode problem = problem(new Browser(port).get("/api/calendar/days/2025-13-45"), 422, "invalid-date");
        assertThat(fields(problem)).containsExactly("date");
        assertThat(problem.get("detail").asString()).contains("2025-13-45");
    }

    // ---- client errors that must not become 500s ---------------------------------------------

    @Test
    void userPageBeyondAnyOffsetIsAnsweredWithoutAServerError() {
        Response users = loggedIn(Role.SYSTEM_ADMIN, "150000").get("/api/users?page=2147483647&size=200");
        assertNoInternals(users);
        assertThat(users.status()).as(users.toString()).isIn(200, 400);
    }

    @Test
    void auditPageBeyondAnyOffsetIsAnsweredWithoutAServerError() {
        Response records = loggedIn(Role.AUDIT_ADMIN, "150000").get("/api/audit/records?page=2147483647&size=200");
        assertNoInternals(records);
        assertThat(records.status()).as(records.toString()).isIn(200, 400);
    }

    @Test
    void nullHolidayInACalendarNoticeIsAValidationErrorNotA500() {
        Browser system = loggedIn(Role.SYSTEM_ADMIN, "150000");
        Response refused =
                system.sendRaw("PUT", "/api/calendar/years/2093", "{\"source\":\"测试通知\",\"holidays\":[null]}");
        JsonNode problem = problem(refused, 400, "validation");
        assertThat(fields(problem)).singleElement().asString().startsWith("holidays");
        assertThat(new Browser(port).get("/api/calendar/years/2093").status()).isEqualTo(404);
    }

    // ---- concurrent edits ----------------------------------------------------------------------

    @Test
    void twoStaffSavingTheSameRegionVersionAtOnceGetOneSuccessAndOneConflict() throws Exception {
        Browser first = loggedIn(Role.PROVINCE_STAFF, "150000");
        Browser second = loggedIn(Role.PROVINCE_STAFF, "150000");
        long version = first.get("/api/regions/152529").json().get("version").asLong();
        assertThat(second.get("/api/regions/152529").json().get("version").asLong())
                .isEqualTo(version);

        Together.Pair<Response, Response> both = Together.run(
                () -> first.put("/api/regions/152529/attributes", attributes("HILL", version)),
                () -> second.put("/api/regions/152529/attributes", attributes("PLAIN", version)));
        Response a = both.first();
        Response b = both.second();

        assertThat(List.of(a.status(), b.status())).as("%s / %s", a, b).containsExactlyInAnyOrder(200, 409);
        Response winner = a.status() == 200 ? a : b;
        Response loser = a.status() == 200 ? b : a;
        JsonNode conflict = problem(loser, 409, "conflict");
        assertChinese(conflict.get("detail"));
        String won = winner.json().get("terrain").asString();
        JsonNode stored = new Browser(port).get("/api/regions/152529").json();
        assertThat(stored.get("terrain").asString()).isEqualTo(won);
        assertThat(stored.get("version").asLong()).isEqualTo(version + 1);
    }
}
