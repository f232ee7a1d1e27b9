package cn.ecozone.shared;

import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@ApiTest
class ErrorHandlingIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    void p(String label, Response r) {
        System.out.println("PROBE " + label + " => " + r.status() + " " + r.contentType() + " "
                + r.headers().firstValue("Allow").orElse("") + " " + r.body());
    }

    @Test
    void probe() throws Exception {
        var hm = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        hm.getHandlerMethods().forEach((k, v) -> System.out.println("PROBE MAPPING " + k + " -> " + v));
        Browser anon = new Browser(port);
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "152502"), Fixtures.PASSWORD);
        Browser en = new Browser(port).language("en");
        en.login(fixtures.user(Role.COUNTY_GOVERNMENT, "152502"), Fixtures.PASSWORD);
        p("malformed", county.sendRaw("POST", "/api/construction-units", "{\"regionCode\":\"152502\","));
        p("kind42", county.post("/api/construction-units", Map.of("regionCode", "152502", "name", "k42", "kind", 42)));
        p("kind1", county.post("/api/construction-units", Map.of("regionCode", "152502", "name", "k1", "kind", 1)));
        p(
                "kindlower",
                county.post("/api/construction-units", Map.of("regionCode", "152502", "name", "klow", "kind", "park")));
        p(
                "nameNumber",
                county.post("/api/construction-units", Map.of("regionCode", 152502, "name", 7, "kind", "PARK")));
        p("versionabc", county.put("/api/construction-units/1", Map.of("name", "x", "kind", "PARK", "version", "abc")));
        p("versionFloat", county.put("/api/construction-units/1", Map.of("name", "x", "kind", "PARK", "version", 1.5)));
        p("empty", county.post("/api/construction-units", Map.of()));
        p("emptyEn", en.post("/api/construction-units", Map.of()));
        p("nobody", county.sendRaw("POST", "/api/construction-units", ""));
        p("nullbody", county.sendRaw("POST", "/api/construction-units", "null"));
        p("array", county.sendRaw("POST", "/api/construction-units", "[]"));
        p(
                "big",
                county.post(
                        "/api/construction-units",
                        Map.of(
                                "regionCode",
                                "152502",
                                "name",
                                "big",
                                "kind",
                                "PARK",
                                "description",
                                "a".repeat(300_000))));
        p("nopeAnon", anon.get("/api/nope"));
        p("nopeCounty", county.get("/api/nope"));
        p("nopeEn", en.get("/api/nope"));
        p("regionsNopeAnon", anon.get("/api/regions/152502/nope"));
        p("405", county.delete("/api/regions/152502"));
        p("405anonLogin", anon.get("/api/auth/login"));
        p("405anonDelete", anon.delete("/api/regions/152502"));
        p("q%", anon.get("/api/regions?q=%25"));
        p("q_", anon.get("/api/regions?q=_"));
        p("q\\", anon.get("/api/regions?q=%5C"));
        p("cal2040", anon.get("/api/calendar/days/2040-01-01"));
        p("cal-1", anon.get("/api/calendar/deadline?from=2025-01-02&workingDays=-1"));
        p("cal1345", anon.get("/api/calendar/days/2025-13-45"));
        p("calyearabc", anon.get("/api/calendar/years/abc"));
        p("userspage", county.get("/api/users?page=abc"));
        p("descnolevel", anon.get("/api/regions/152500/descendants"));
        p("enRegion", new Browser(port).language("en").get("/api/regions/159999"));
        p("enAnon401", new Browser(port).language("en").get("/api/auth/me"));
        p("semicolon", anon.get("/api/regions/152502;x=y"));
        p("doubleSlash", anon.get("/api//regions"));
        p("encodedSlash", anon.get("/api/regions/15%2F2502"));
        p("percent", anon.get("/api/regions/%25"));
        p("dotdot", anon.get("/api/regions/%2e%2e/users"));
        p("zhAccept", new Browser(port).language("fr").get("/api/regions/159999"));
        HttpClient client = HttpClient.newHttpClient();
        var chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        ("{\"username\":\"" + "a".repeat(400_000) + "\",\"password\":\"x\"}").getBytes())))
                .build();
        var cr = client.send(chunked, HttpResponse.BodyHandlers.ofString());
        System.out.println("PROBE chunked => " + cr.statusCode() + " " + cr.body());
        var html = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/regions/159999"))
                .header("Accept", "text/html")
                .GET()
                .build();
        var hr = client.send(html, HttpResponse.BodyHandlers.ofString());
        System.out.println(
                "PROBE html => " + hr.statusCode() + " " + hr.headers().firstValue("Content-Type") + " " + hr.body());
        var text = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/login"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hi"))
                .build();
        var tr = client.send(text, HttpResponse.BodyHandlers.ofString());
        System.out.println("PROBE textplain => " + tr.statusCode() + " "
                + tr.headers().firstValue("Content-Type") + " " + tr.body());
    }
}
