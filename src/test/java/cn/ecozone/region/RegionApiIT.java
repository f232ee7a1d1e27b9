package cn.ecozone.region;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ApiTest
class RegionApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private List<JsonNode> list(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> nodes = new ArrayList<>();
        response.json().forEach(nodes::add);
        return nodes;
    }

    @Test
    void innerMongoliaHasNineCitiesAndThreeLeagues() {
        List<JsonNode> prefectures = list(new Browser(port).get("/api/regions/150000/descendants?level=PREFECTURE"));
        assertThat(prefectures).hasSize(12);
        assertThat(prefectures)
                .filteredOn(r -> r.get("name").asString().endsWith("盟"))
                .hasSize(3);
        assertThat(prefectures)
                .filteredOn(r -> r.get("name").asString().endsWith("市"))
                .hasSize(9);
        assertThat(prefectures).extracting(r -> r.get("level").asString()).containsOnly("PREFECTURE");
    }

    @Test
    void innerMongoliaHas103CountyDivisionsPlusFiveFunctionalZones() {
        List<JsonNode> counties = list(new Browser(port).get("/api/regions/150000/descendants?level=COUNTY"));
        assertThat(counties)
                .filteredOn(r -> !r.get("functionalZone").asBoolean())
                .hasSize(103);
        List<JsonNode> zones = counties.stream()
                .filter(r -> r.get("functionalZone").asBoolean())
                .toList();
        assertThat(zones).hasSize(5);
        assertThat(zones).extracting(r -> r.get("code").asString()).contains("152571");
        assertThat(zones)
                .filteredOn(r -> r.get("code").asString().equals("152571"))
                .first()
                .satisfies(r -> assertThat(r.get("name").asString()).startsWith("乌拉盖管理区"));
    }

    @Test
    void guizhouHasNinePrefecturesAnd88Counties() {
        Browser browser = new Browser(port);
        assertThat(list(browser.get("/api/regions/520000/descendants?level=PREFECTURE")))
                .hasSize(9);
        assertThat(list(browser.get("/api/regions/520000/descendants?level=COUNTY")))
                .hasSize(88);
    }

    @Test
    void townshipsAreHeldForInnerMongoliaAndGuizhouOnly() {
        Browser browser = new Browser(port);
        assertThat(list(browser.get("/api/regions/152502/children")))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("level").asString()).isEqualTo("TOWNSHIP"));
        assertThat(list(browser.get("/api/regions/520381/children"))).isNotEmpty();
        assertThat(list(browser.get("/api/regions/110000/descendants?level=TOWNSHIP")))
                .isEmpty();
    }

    @Test
    void regionComesWithItsAncestorsProvinceFirst() {
        JsonNode xilinhot = new Browser(port).get("/api/regions/152502").json();
        assertThat(xilinhot.get("name").asString()).isEqualTo("锡林浩特市");
        assertThat(xilinhot.get("level").asString()).isEqualTo("COUNTY");
        assertThat(xilinhot.get("ancestors"))
                .extracting(a -> a.get("code").asString())
                .containsExactly("150000", "152500");
    }

    @Test
    void listsProvincesAndChildren() {
        Browser browser = new Browser(port);
        assertThat(list(browser.get("/api/regions")))
                .hasSize(31)
                .extracting(r -> r.get("code").asString())
                .contains("150000", "520000");
        assertThat(list(browser.get("/api/regions/152500/children")))
                .extracting(r -> r.get("code").asString())
                .contains("152501", "152502", "152571");
    }

    @Test
    void searchesByNameWithAncestorPath() {
        List<JsonNode> found = list(new Browser(port).get("/api/regions?q=%E9%94%A1%E6%9E%97")); // 锡林
        assertThat(found).extracting(r -> r.get("code").asString()).contains("152500", "152502");
        assertThat(found.getFirst().get("code").asString()).isEqualTo("152500");
        assertThat(found.getFirst().get("path").asString()).isEqualTo("内蒙古自治区 / 锡林郭勒盟");
    }

    @Test
    void unknownCodeIs404AndMalformedCodeIs400() {
        Browser browser = new Browser(port);
        Response unknown = browser.get("/api/regions/159999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("detail").asString()).contains("159999");
        Response malformed = browser.get("/api/regions/15x");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString())
                .isEqualTo("code");
        assertThat(browser.get("/api/regions/152500/descendants?level=CITY").status())
                .isEqualTo(400);
        assertThat(browser.get("/api/regions?q=").status()).isEqualTo(400);
    }

    @Test
    void provinceStaffChangesTerrainWithReasonAndAStaleVersionGets409() {
        Browser staff = new Browser(port);
        staff.login(fixtures.user(Role.PROVINCE_STAFF, "150000"), Fixtures.PASSWORD);
        long version = staff.get("/api/regions/152522").json().get("version").asLong();

        Response changed = staff.put(
                "/api/regions/152522/attributes",
                Map.of(
                        "terrain",
                        "ARID_SEMI_ARID",
                        "keyEcologicalFunctionArea",
                        true,
                        "reason",
                        "依据国家重点生态功能区名录",
                        "version",
                        version));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("terrain").asString()).isEqualTo("ARID_SEMI_ARID");
        assertThat(new Browser(port)
                        .get("/api/regions/152522")
                        .json()
                        .get("keyEcologicalFunctionArea")
                        .asBoolean())
                .isTrue();

        Response stale = staff.put(
                "/api/regions/152522/attributes",
                Map.of("terrain", "PLAIN", "keyEcologicalFunctionArea", true, "reason", "再次修改", "version", version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(new Browser(port)
                        .get("/api/regions/152522")
                        .json()
                        .get("terrain")
                        .asString())
                .isEqualTo("ARID_SEMI_ARID");
    }

    @Test
    void changingAttributesWithoutReasonIsRefusedAndChangesNothing() {
        Browser staff = new Browser(port);
        staff.login(fixtures.user(Role.PROVINCE_STAFF, "150000"), Fixtures.PASSWORD);
        JsonNode before = staff.get("/api/regions/152523").json();
        Response refused = staff.put(
                "/api/regions/152523/attributes",
                Map.of("terrain", "HILL", "keyEcologicalFunctionArea", false, "reason", " ", "version", 0));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(staff.get("/api/regions/152523").json().get("terrain")).isEqualTo(before.get("terrain"));
    }

    @Test
    void provinceStaffCannotChangeAnotherProvincesRegion() {
        Browser guizhou = new Browser(port);
        guizhou.login(fixtures.user(Role.PROVINCE_STAFF, "520000"), Fixtures.PASSWORD);
        Response refused = guizhou.put(
                "/api/regions/152524/attributes",
                Map.of("terrain", "HILL", "keyEcologicalFunctionArea", false, "reason", "越权修改", "version", 0));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(new Browser(port)
                        .get("/api/regions/152524")
                        .json()
                        .get("terrain")
                        .asString())
                .isEqualTo("UNKNOWN");
    }

    @Test
    void countyGovernmentCannotChangeRegionAttributes() {
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "152502"), Fixtures.PASSWORD);
        Response refused = county.put(
                "/api/regions/152502/attributes",
                Map.of("terrain", "HILL", "keyEcologicalFunctionArea", false, "reason", "越权", "version", 0));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void grasslandAndCoastalAreUnknownUntilProvinceStaffSetThemAndTheChangeIsAudited() {
        String code = "150721"; // 阿荣旗
        JsonNode before = new Browser(port).get("/api/regions/" + code).json();
        assertThat(before.has("grassland")).isTrue();
        assertThat(before.get("grassland").isNull()).isTrue();
        assertThat(before.get("coastal").isNull()).isTrue();

        String username = fixtures.user(Role.PROVINCE_STAFF, "150000");
        Browser staff = new Browser(port);
        staff.login(username, Fixtures.PASSWORD);
        Map<String, Object> body = new HashMap<>(Map.of(
                "terrain",
                "HILL",
                "keyEcologicalFunctionArea",
                false,
                "grassland",
                true,
                "coastal",
                false,
                "reason",
                "依据草原资源清查",
                "version",
                before.get("version").asLong()));
        Response set = staff.put("/api/regions/" + code + "/attributes", body);
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        JsonNode after = new Browser(port).get("/api/regions/" + code).json();
        assertThat(after.get("grassland").asBoolean()).isTrue();
        assertThat(after.get("coastal").isBoolean()).isTrue();
        assertThat(after.get("coastal").asBoolean()).isFalse();

        // null sets a flag back to unknown
        body.put("grassland", null);
        body.put("reason", "待核实");
        body.put("version", after.get("version").asLong());
        Response cleared = staff.put("/api/regions/" + code + "/attributes", body);
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().get("grassland").isNull()).isTrue();
        assertThat(cleared.json().get("coastal").asBoolean()).isFalse();

        Browser auditor = new Browser(port);
        auditor.login(fixtures.user(Role.AUDIT_ADMIN, "150000"), Fixtures.PASSWORD);
        List<String> changes = new ArrayList<>();
        auditor.get("/api/audit/records?size=50&username=" + username)
                .json()
                .get("content")
                .forEach(r -> r.get("changes")
                        .forEach(c -> changes.add(
                                c.get("field").asString() + ":" + text(c, "oldValue") + "->" + text(c, "newValue"))));
        // the stored true/false read as 是/否 in the default language (issue 14 §8, audit.internal.AuditChangeValues)
        assertThat(changes).contains("grassland:->是", "coastal:->否", "grassland:是->");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? "" : value.asString();
    }
}
