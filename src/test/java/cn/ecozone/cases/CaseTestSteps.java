package cn.ecozone.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Steps of the typical-case tests over HTTP: accounts, a case drafted and recommended, experts of the
 * IM pool with accounts, scoring. Xilingol counties 152529 and 152530, which no other test's cases use.
 */
final class CaseTestSteps {

    static final String XL_COUNTY = "152530";
    static final String XL_OFFICE = "152500";

    private final int port;
    private final Fixtures fixtures;
    private final JdbcTemplate jdbc;

    CaseTestSteps(int port, Fixtures fixtures, JdbcTemplate jdbc) {
        this.port = port;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    Browser as(Role role, String region) {
        return Browser.loggedIn(port, fixtures.user(role, region));
    }

    /** A case's input as the form sends it. */
    static Map<String, Object> input(String title, int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("programme", "TWO_MOUNTAINS_AREA");
        body.put("year", year);
        body.put("title", title);
        body.put("unitName", "正蓝旗上都镇");
        body.put("path", "ECOLOGICAL_INDUSTRIALIZATION");
        body.put("story", "以草定畜，发展生态畜牧业。\n合作社统一经营，牧民增收。");
        body.put(
                "results",
                List.of(
                        Map.of("label", "牧民人均增收", "value", 1.25, "unit", "万元"),
                        Map.of("label", "草原植被盖度", "value", 68, "unit", "%")));
        return body;
    }

    /** A draft of the county's government. */
    static JsonNode draft(Browser county, String title, int year) {
        return ok(county.post("/api/cases", input(title, year)), 201);
    }

    /** A PNG photo added to the case. */
    static JsonNode photo(Browser county, JsonNode c) {
        return ok(
                county.upload(
                        "/api/cases/" + c.get("id").asLong() + "/photos?version="
                                + c.get("version").asLong(),
                        "草原.png",
                        TestFiles.image("png", 40, 30)),
                200);
    }

    static JsonNode recommend(Browser county, JsonNode c) {
        return ok(
                county.post(
                        "/api/cases/" + c.get("id").asLong() + "/recommendation",
                        Map.of("version", c.get("version").asLong())),
                200);
    }

    static Response decide(Browser office, JsonNode c, String action, String outcome, String opinion) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", c.get("version").asLong());
        body.put("outcome", outcome);
        body.put("opinion", opinion);
        return office.post("/api/cases/" + c.get("id").asLong() + "/decisions/" + action, body);
    }

    /** An expert of the IM pool with an EXPERT account, its organization in {@code orgRegion}. */
    Expert expert(String name, String orgRegion) {
        String username = fixtures.user(Role.EXPERT, "150000");
        long userId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("fields", List.of("生态"));
        body.put("organization", name + "所在单位");
        body.put("orgRegionCode", orgRegion);
        body.put("title", "研究员");
        body.put("contact", "0471-0000000");
        body.put("userId", userId);
        long id = ok(as(Role.PROVINCE_STAFF, "150000").post("/api/review/experts", body), 201)
                .get("expert")
                .get("id")
                .asLong();
        return new Expert(id, name, Browser.loggedIn(port, username));
    }

    record Expert(long id, String name, Browser browser) {}

    static JsonNode appoint(Browser office, JsonNode c, Expert... experts) {
        return ok(appointing(office, c, experts), 200);
    }

    static Response appointing(Browser office, JsonNode c, Expert... experts) {
        return office.post(
                "/api/cases/" + c.get("id").asLong() + "/reviewers",
                Map.of(
                        "version",
                        c.get("version").asLong(),
                        "expertIds",
                        java.util.Arrays.stream(experts).map(Expert::id).toList()));
    }

    /** The expert scores each of the four criteria of Xilingol art. 12. */
    static Response score(Expert e, long caseId, int score) {
        return e.browser()
                .put(
                        "/api/cases/" + caseId + "/scores",
                        Map.of(
                                "scores",
                                List.of(
                                        Map.of("criterion", "MODEL_INNOVATION", "score", score, "comment", "模式新"),
                                        Map.of("criterion", "RESULTS", "score", score),
                                        Map.of("criterion", "EXTENDABILITY", "score", score),
                                        Map.of("criterion", "OPERATION", "score", score))));
    }

    static JsonNode ok(Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        return r.json();
    }
}
