package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The user list beside the 机构树 (issue 14 §6): filters by organization (with the ones below it),
 * region subtree, role and status, and the tree loaded one node at a time. Organizations are this
 * test's own, named after a token.
 */
@ApiTest
class UserDirectoryIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private long organization(Browser admin, String name, String kind, String region, Long parent) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "kind", kind, "regionCode", region));
        if (parent != null) {
            body.put("parentId", parent);
        }
        Response created = admin.post("/api/organizations", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static List<String> values(JsonNode nodes, String field) {
        List<String> values = new ArrayList<>();
        nodes.forEach(n -> values.add(n.get(field).asString()));
        return values;
    }

    private static List<String> usernames(Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        page.json().get("content").forEach(u -> names.add(u.get("username").asString()));
        return names;
    }

    @Test
    void theListFiltersByOrganizationWithItsDivisionsByRegionSubtreeRoleAndStatus() {
        String token = "ud" + UUID.randomUUID().toString().substring(0, 6);
        Browser admin = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"));
        long bureau = organization(admin, token + "生态环境局", "BUREAU", "152500", null);
        long county = organization(admin, token + "人民政府", "GOVERNMENT", "152531", null);
        String staff = fixtures.userIn(Role.PREFECTURE_STAFF, bureau);
        String clerk = fixtures.userIn(Role.COUNTY_GOVERNMENT, county);
        String other = fixtures.userIn(Role.COUNTY_GOVERNMENT, county);
        jdbc.update("update user_account set enabled = false where username = ?", other);

        assertThat(usernames(admin.get("/api/users?size=50&organization=" + bureau)))
                .containsExactly(staff);
        assertThat(usernames(admin.get("/api/users?size=50&organization=" + county)))
                .containsExactlyInAnyOrder(clerk, other);
        assertThat(usernames(admin.get("/api/users?size=50&enabled=false&organization=" + county)))
                .containsExactly(other);
        assertThat(usernames(admin.get("/api/users?size=50&enabled=true&organization=" + county)))
                .containsExactly(clerk);
        // the league's subtree holds both organizations' accounts; a role narrows it
        assertThat(usernames(admin.get("/api/users?size=200&region=152500&q=" + clerk)))
                .containsExactly(clerk);
        assertThat(usernames(admin.get("/api/users?size=200&region=152502&q=" + clerk)))
                .isEmpty();
        assertThat(usernames(admin.get("/api/users?size=50&role=PREFECTURE_STAFF&organization=" + county)))
                .isEmpty();

        Response unknown = admin.get("/api/users?region=159999");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("region");
    }

    @Test
    void theTreeLoadsProvincesThenARegionsOrganizationsAndRegionsThenAnOrganizationsDivisions() {
        String token = "ut" + UUID.randomUUID().toString().substring(0, 6);
        Browser admin = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"));
        long bureau = organization(admin, token + "生态环境局", "BUREAU", "152531", null);
        long office = organization(admin, token + "办公室", "BUREAU", "152531", bureau);

        JsonNode roots = admin.get("/api/organizations/tree").json();
        assertThat(values(roots, "regionCode")).contains("150000", "520000");

        JsonNode county = admin.get("/api/organizations/tree?region=152531").json();
        JsonNode own = null;
        for (JsonNode node : county) {
            if (node.get("type").asString().equals("ORGANIZATION")
                    && node.get("organizationId").asLong() == bureau) {
                own = node;
            }
            assertThat(node.get("organizationId").isNull()
                            || node.get("organizationId").asLong() != office)
                    .as("a sub-organization sits under its parent, not under the region")
                    .isTrue();
        }
        assertThat(own).isNotNull();
        assertThat(own.get("leaf").asBoolean()).isFalse();
        assertThat(own.get("name").asString()).isEqualTo(token + "生态环境局");

        JsonNode below =
                admin.get("/api/organizations/tree?organization=" + bureau).json();
        assertThat(below).hasSize(1);
        assertThat(below.get(0).get("organizationId").asLong()).isEqualTo(office);
        assertThat(below.get(0).get("leaf").asBoolean()).isTrue();

        JsonNode league = admin.get("/api/organizations/tree?region=152500").json();
        assertThat(values(league, "regionCode")).contains("152531");

        Browser clerk = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, "152531"));
        assertThat(clerk.get("/api/organizations/tree").status()).isEqualTo(403);
    }

    @Test
    void anOrganizationFilterTakesEveryOrganizationBelowItAtAnyDepth() {
        String token = "ud" + UUID.randomUUID().toString().substring(0, 6);
        Browser admin = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"));
        long bureau = organization(admin, token + "生态环境局", "BUREAU", "152500", null);
        long division = organization(admin, token + "科室", "BUREAU", "152500", bureau);
        long section = organization(admin, token + "小组", "BUREAU", "152500", division);
        long elsewhere = organization(admin, token + "他局", "BUREAU", "152500", null);
        String top = fixtures.userIn(Role.PREFECTURE_STAFF, bureau);
        String middle = fixtures.userIn(Role.PREFECTURE_STAFF, division);
        String deep = fixtures.userIn(Role.PREFECTURE_STAFF, section);
        fixtures.userIn(Role.PREFECTURE_STAFF, elsewhere);

        assertThat(usernames(admin.get("/api/users?size=50&organization=" + bureau)))
                .containsExactlyInAnyOrder(top, middle, deep);
        assertThat(usernames(admin.get("/api/users?size=50&organization=" + division)))
                .containsExactlyInAnyOrder(middle, deep);
        assertThat(usernames(admin.get("/api/users?size=50&organization=" + section)))
                .containsExactly(deep);
        assertThat(usernames(admin.get("/api/users?size=50&organization=99999999")))
                .isEmpty();
    }

    @Test
    void eachRowCarriesItsOwnProvincesWordsSoItsRoleReadsInThem() {
        String guizhou = fixtures.user(Role.PREFECTURE_STAFF, "520300");
        String innerMongolia = fixtures.user(Role.PREFECTURE_STAFF, "152500");

        JsonNode gz = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "520000"))
                .get("/api/users?q=" + guizhou)
                .json()
                .get("content")
                .get(0);
        JsonNode im = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"))
                .get("/api/users?q=" + innerMongolia)
                .json()
                .get("content")
                .get(0);

        assertThat(prefecture(gz).get("nameZh").asString()).isEqualTo("市（州）");
        assertThat(gz.get("vocabulary").toString()).doesNotContain("盟市");
        assertThat(prefecture(im).get("nameZh").asString()).isEqualTo("盟市");
    }

    private static JsonNode prefecture(JsonNode user) {
        for (JsonNode level : user.get("vocabulary")) {
            if (level.get("level").asString().equals("PREFECTURE")) {
                return level;
            }
        }
        throw new AssertionError("no prefecture words in " + user);
    }
}
