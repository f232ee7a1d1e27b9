package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ApiTest
class UserAdminIT {

    private static final AtomicInteger N = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Browser as(Role role) {
        Browser browser = new Browser(port);
        browser.login(fixtures.user(role, "150000"), Fixtures.PASSWORD);
        return browser;
    }

    private long createOrganization(Browser admin, String name, String kind, String region) {
        Response created = admin.post("/api/organizations", Map.of("name", name, "kind", kind, "regionCode", region));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void systemAdminCreatesAnOrganizationAndAUserWhoMustChangeTheInitialPassword() {
        Browser admin = as(Role.SYSTEM_ADMIN);
        long org = createOrganization(admin, "多伦县人民政府" + N.incrementAndGet(), "GOVERNMENT", "152531");
        String username = "duolun" + N.incrementAndGet();
        Response created = admin.post(
                "/api/users",
                Map.of(
                        "username", username,
                        "displayName", "多伦县创建办",
                        "role", "COUNTY_GOVERNMENT",
                        "organizationId", org,
                        "initialPassword", "Initial#2026"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("mustChangePassword").asBoolean()).isTrue();
        assertThat(created.json().get("region").get("id").asString()).isEqualTo("152531");

        Browser user = new Browser(port);
        JsonNode me = user.login(username, "Initial#2026").json();
        assertThat(me.get("mustChangePassword").asBoolean()).isTrue();
        assertThat(me.get("region").get("name").asString()).isEqualTo("多伦县");
    }

    @Test
    void refusesAnOrganizationThatDoesNotSuitTheRoleAndAWeakInitialPassword() {
        Browser admin = as(Role.SYSTEM_ADMIN);
        long bureau = createOrganization(admin, "测试局" + N.incrementAndGet(), "BUREAU", "152500");
        Map<String, Object> body = new HashMap<>(Map.of(
                "username", "mismatch" + N.incrementAndGet(),
                "displayName", "不匹配",
                "role", "COUNTY_GOVERNMENT",
                "organizationId", bureau,
                "initialPassword", "Initial#2026"));
        Response mismatch = admin.post("/api/users", body);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().get("errors").get(0).get("field").asString()).isEqualTo("organizationId");

        body.put("role", "PREFECTURE_STAFF");
        body.put("initialPassword", "weakpass");
        Response weak = admin.post("/api/users", body);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("initialPassword");
        assertThat(as(Role.SECURITY_ADMIN)
                        .get("/api/users?q=" + body.get("username"))
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();
    }

    @Test
    void refusesADuplicateUsernameWith409() {
        Browser admin = as(Role.SYSTEM_ADMIN);
        long org = createOrganization(admin, "重复测试局" + N.incrementAndGet(), "BUREAU", "152500");
        Map<String, Object> body = Map.of(
                "username", "dup" + N.incrementAndGet(),
                "displayName", "重复",
                "role", "PREFECTURE_STAFF",
                "organizationId", org,
                "initialPassword", "Initial#2026");
        assertThat(admin.post("/api/users", body).status()).isEqualTo(201);
        Response duplicate = admin.post("/api/users", body);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asString()).contains((String) body.get("username"));
    }

    @Test
    void organizationKindMustSuitTheRegionLevelAndADivisionNeedsItsDepartment() {
        Browser admin = as(Role.SYSTEM_ADMIN);
        assertThat(admin.post(
                                "/api/organizations",
                                Map.of("name", "县里的厅", "kind", "DEPARTMENT", "regionCode", "152502"))
                        .status())
                .isEqualTo(400);
        Response orphan =
                admin.post("/api/organizations", Map.of("name", "无上级处室", "kind", "DIVISION", "regionCode", "150000"));
        assertThat(orphan.status()).isEqualTo(400);
        assertThat(orphan.json().get("errors").get(0).get("field").asString()).isEqualTo("parentId");
    }

    @Test
    void disablingAUserStopsTheLoginAndAStaleEditGets409() {
        Browser admin = as(Role.SYSTEM_ADMIN);
        String username = fixtures.user(Role.EXPERT, "150000");
        JsonNode user =
                admin.get("/api/users?q=" + username).json().get("content").get(0);
        Map<String, Object> body = new HashMap<>(Map.of(
                "displayName",
                "停用的专家",
                "role",
                "EXPERT",
                "organizationId",
                user.get("organization").get("id").asLong(),
                "enabled",
                false,
                "version",
                user.get("version").asLong()));
        assertThat(admin.put("/api/users/" + user.get("id").asLong(), body).status())
                .isEqualTo(200);
        assertThat(admin.put("/api/users/" + user.get("id").asLong(), body).status())
                .isEqualTo(409);
        Response login = new Browser(port).login(username, Fixtures.PASSWORD);
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.code()).isEqualTo("disabled");
    }

    @Test
    void securityAdminResetsAPasswordWhichMustThenBeChanged() {
        String username = fixtures.user(Role.EXPERT, "150000");
        Browser security = as(Role.SECURITY_ADMIN);
        long id = security.get("/api/users?q=" + username)
                .json()
                .get("content")
                .get(0)
                .get("id")
                .asLong();
        assertThat(security.post("/api/users/" + id + "/password-reset", Map.of("newPassword", "Reset#2026x"))
                        .status())
                .isEqualTo(204);
        assertThat(new Browser(port).login(username, Fixtures.PASSWORD).status())
                .isEqualTo(401);
        assertThat(new Browser(port)
                        .login(username, "Reset#2026x")
                        .json()
                        .get("mustChangePassword")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void systemAdminCannotDisableItselfNorChangeAnyAdministratorAccount() {
        String username = fixtures.user(Role.SYSTEM_ADMIN, "150000");
        Browser admin = new Browser(port);
        admin.login(username, Fixtures.PASSWORD);
        JsonNode self =
                admin.get("/api/users?q=" + username).json().get("content").get(0);
        Response refused = admin.put(
                "/api/users/" + self.get("id").asLong(),
                Map.of(
                        "displayName",
                        "x",
                        "role",
                        "SYSTEM_ADMIN",
                        "organizationId",
                        self.get("organization").get("id").asLong(),
                        "enabled",
                        false,
                        "version",
                        self.get("version").asLong()));
        // 三员分立: no administrator changes an administrator account, its own included
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asString()).contains("三员分立");
    }
}
