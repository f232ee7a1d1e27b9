package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.identity.internal.Users;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * 三员分立 (GB/T 22239-2019 8.1.4.2, 8.1.10.2): no administrator creates, changes, disables, locks or
 * resets the password of an administrator account, its own included; one is replaced only when one of
 * the two other roles proposes and the remaining role approves.
 */
@ApiTest
class AdministratorSeparationIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Users users;

    private Browser as(String username) {
        return Browser.loggedIn(port, username);
    }

    private long id(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    private long organizationOf(String username) {
        return users.findByUsername(username).orElseThrow().organizationId();
    }

    @Test
    void theSystemAdminCreatesNoAdministratorAccount() {
        Browser system = as(fixtures.user(Role.SYSTEM_ADMIN, "150000"));
        String other = fixtures.user(Role.AUDIT_ADMIN, "150000");
        for (Role role : new Role[] {Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN}) {
            Response created = system.post(
                    "/api/users",
                    Map.of(
                            "username",
                            "new." + role.name().toLowerCase().replace('_', '-'),
                            "displayName",
                            "新管理员",
                            "role",
                            role.name(),
                            "organizationId",
                            organizationOf(other),
                            "initialPassword",
                            "Zebraflute#2026"));
            assertThat(created.status()).as(created.toString()).isEqualTo(403);
            assertThat(created.json().path("detail").asString()).contains("三员分立");
        }
    }

    @Test
    void theSystemAdminNeitherDisablesNorChangesTheRoleOfAnAdministratorItsOwnIncluded() {
        String systemName = fixtures.user(Role.SYSTEM_ADMIN, "150000");
        Browser system = as(systemName);
        String audit = fixtures.user(Role.AUDIT_ADMIN, "150000");
        for (String target : new String[] {audit, systemName}) {
            JsonNode account =
                    system.get("/api/users?q=" + target).json().get("content").get(0);
            Map<String, Object> body = new HashMap<>();
            body.put("displayName", "改名");
            body.put("role", target.equals(audit) ? "PROVINCE_STAFF" : "SYSTEM_ADMIN");
            body.put("organizationId", account.get("organization").get("id").asLong());
            body.put("enabled", false);
            body.put("version", account.get("version").asLong());
            Response changed = system.put("/api/users/" + account.get("id").asLong(), body);
            assertThat(changed.status()).as(changed.toString()).isEqualTo(403);
        }
        assertThat(as(audit).get("/api/audit/verify").status()).isEqualTo(200);
    }

    @Test
    void theSecurityAdminResetsNoAdministratorPasswordItsOwnIncludedButABusinessOne() {
        String securityName = fixtures.user(Role.SECURITY_ADMIN, "150000");
        Browser security = as(securityName);
        for (String target : new String[] {securityName, fixtures.user(Role.SYSTEM_ADMIN, "150000")}) {
            Response reset = security.post(
                    "/api/users/" + id(target) + "/password-reset", Map.of("newPassword", "Zebraflute#2026"));
            assertThat(reset.status()).as(reset.toString()).isEqualTo(403);
            assertThat(new Browser(port).login(target, "Zebraflute#2026").status())
                    .isEqualTo(401);
            Response lock = security.post("/api/users/" + id(target) + "/lock", Map.of());
            assertThat(lock.status()).isEqualTo(403);
        }
        String county = fixtures.user(Role.COUNTY_GOVERNMENT, "152502");
        assertThat(security.post(
                                "/api/users/" + id(county) + "/password-reset",
                                Map.of("newPassword", "Zebraflute#2026"))
                        .status())
                .isEqualTo(204);
    }

    @Test
    void anAdministratorIsReplacedWhenOneOtherRoleProposesAndTheThirdApproves() {
        String system = fixtures.user(Role.SYSTEM_ADMIN, "150000");
        String security = fixtures.user(Role.SECURITY_ADMIN, "150000");
        String audit = fixtures.user(Role.AUDIT_ADMIN, "150000");
        Browser auditSession = as(audit);
        Browser proposer = as(system);

        // the replaced role never proposes its own successor
        assertThat(auditSession
                        .post("/api/admin-replacements", proposal(id(audit), "a.self"))
                        .status())
                .isEqualTo(403);

        String successor = "audit.next" + id(audit);
        Response proposed = proposer.post("/api/admin-replacements", proposal(id(audit), successor));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        JsonNode p = proposed.json();
        assertThat(p.get("approverRole").asString()).isEqualTo("SECURITY_ADMIN");
        assertThat(p.has("newPasswordHash")).isFalse();
        long proposalId = p.get("id").asLong();
        Map<String, Object> decision = Map.of("version", p.get("version").asLong());

        // a second open proposal for the same account is refused
        assertThat(proposer.post("/api/admin-replacements", proposal(id(audit), successor + "b"))
                        .status())
                .isEqualTo(409);
        // neither the proposer nor the replaced administrator approves
        assertThat(proposer.post("/api/admin-replacements/" + proposalId + "/approve", decision)
                        .status())
                .isEqualTo(403);
        assertThat(auditSession
                        .post("/api/admin-replacements/" + proposalId + "/approve", decision)
                        .status())
                .isEqualTo(403);
        assertThat(new Browser(port).login(successor, "Zebraflute#2026").status())
                .isEqualTo(401);

        Response approved = as(security).post("/api/admin-replacements/" + proposalId + "/approve", decision);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");

        // the replaced administrator's open session ends and it can no longer log in
        assertThat(auditSession.get("/api/audit/verify").status()).isEqualTo(401);
        assertThat(new Browser(port).login(audit, Fixtures.PASSWORD).code()).isEqualTo("disabled");
        // the successor holds the role and must change the initial password first
        Browser next = new Browser(port);
        Response login = next.login(successor, "Zebraflute#2026");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("role").asString()).isEqualTo("AUDIT_ADMIN");
        assertThat(login.json().get("mustChangePassword").asBoolean()).isTrue();
        // a decided proposal stays decided
        assertThat(as(security)
                        .post(
                                "/api/admin-replacements/" + proposalId + "/approve",
                                Map.of("version", approved.json().get("version").asLong()))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aDeclineNeedsAReasonWhichIsStoredShownInTheListAndAudited() {
        String system = fixtures.user(Role.SYSTEM_ADMIN, "150000");
        String audit = fixtures.user(Role.AUDIT_ADMIN, "150000");
        Browser security = as(fixtures.user(Role.SECURITY_ADMIN, "150000"));
        JsonNode p = as(system)
                .post("/api/admin-replacements", proposal(id(audit), "audit.declined" + id(audit)))
                .json();
        String path = "/api/admin-replacements/" + p.get("id").asLong() + "/decline";
        long version = p.get("version").asLong();

        Response withoutReason = security.post(path, Map.of("version", version));
        assertThat(withoutReason.status()).as(withoutReason.toString()).isEqualTo(400);
        assertThat(withoutReason.json().toString()).contains("reason");
        assertThat(security.post(path, Map.of("version", version, "reason", "  "))
                        .status())
                .isEqualTo(400);

        Response declined = security.post(path, Map.of("version", version, "reason", "接任人选未经党组研究"));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().get("decisionReason").asString()).isEqualTo("接任人选未经党组研究");
        JsonNode listed = null;
        // found by its replaced account (the search), not by its place in the list: other tests' declined
        // proposals may be dated later on a shared database (the newest come first)
        for (JsonNode r : security.get("/api/admin-replacements?state=DECLINED&size=100&q="
                        + URLEncoder.encode(audit, StandardCharsets.UTF_8))
                .json()
                .get("content")) {
            if (r.get("id").asLong() == p.get("id").asLong()) {
                listed = r;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("state").asString()).isEqualTo("DECLINED");
        assertThat(listed.get("decisionReason").asString()).isEqualTo("接任人选未经党组研究");
        JsonNode records = as(fixtures.user(Role.AUDIT_ADMIN, "150000"))
                .get("/api/audit/records?size=200&action=decline")
                .json()
                .get("content");
        assertThat(records.findValuesAsString("reason")).contains("接任人选未经党组研究");
    }

    @Test
    void anApprovalMayGiveAReasonWhichIsStored() {
        String security = fixtures.user(Role.SECURITY_ADMIN, "150000");
        JsonNode p = as(fixtures.user(Role.AUDIT_ADMIN, "150000"))
                .post("/api/admin-replacements", proposal(id(security), "sec.next" + id(security)))
                .json();
        Response approved = as(fixtures.user(Role.SYSTEM_ADMIN, "150000"))
                .post(
                        "/api/admin-replacements/" + p.get("id").asLong() + "/approve",
                        Map.of("version", p.get("version").asLong(), "reason", "经分管领导同意"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("decisionReason").asString()).isEqualTo("经分管领导同意");
    }

    @Test
    void theAuditAdminListsTheAdministratorsItMayReplaceWithoutBusinessDataAndProposes() {
        String audit = fixtures.user(Role.AUDIT_ADMIN, "150000");
        String system = fixtures.user(Role.SYSTEM_ADMIN, "150000");
        Browser auditSession = as(audit);
        assertThat(auditSession.get("/api/users").status()).isEqualTo(403);

        Response listed = auditSession.get("/api/admin-replacements/candidates");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        List<String> usernames = listed.json().findValuesAsString("username");
        assertThat(usernames).contains(system).doesNotContain(audit);
        for (JsonNode candidate : listed.json()) {
            assertThat(candidate.get("role").asString()).isIn("SYSTEM_ADMIN", "SECURITY_ADMIN");
            assertThat(candidate.get("enabled").asBoolean()).isTrue();
            assertThat(candidate.propertyNames())
                    .containsExactlyInAnyOrder("id", "username", "displayName", "role", "enabled");
        }
        assertThat(as(fixtures.user(Role.PROVINCE_STAFF, "150000"))
                        .get("/api/admin-replacements/candidates")
                        .status())
                .isEqualTo(403);

        Response proposed = auditSession.post("/api/admin-replacements", proposal(id(system), "sys.next" + id(system)));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        assertThat(proposed.json().get("approverRole").asString()).isEqualTo("SECURITY_ADMIN");
    }

    private static Map<String, Object> proposal(long target, String newUsername) {
        return Map.of(
                "targetUserId", target,
                "newUsername", newUsername,
                "newDisplayName", "接任审计管理员",
                "initialPassword", "Zebraflute#2026",
                "reason", "原审计管理员调离");
    }
}
