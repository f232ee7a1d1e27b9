package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Walks every API endpoint with every role and the anonymous public, and checks the authorization
 * decision only: a refused logged-in user gets 403 {@code forbidden} with the role-denial message
 * (not the data-scope one), a refused anonymous caller gets 401 {@code unauthenticated}, and an
 * allowed caller gets anything but 401/403 (the call may still fail validation or find nothing).
 *
 * <p>Bodies pass bean validation wherever a role check guards the endpoint: validation runs before
 * {@code @PreAuthorize}, so an invalid body would answer 400 to everybody and hide a denial. Writes
 * aim at records that do not exist, a stale version or an out-of-range year, so that the matrix
 * changes nothing. Each role's user sits in a region where the action is in scope.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    /** An id no record has, so that allowed writes end in 404 and change nothing. */
    private static final long MISSING = 999_999_999L;

    private static final Set<Role> ALL_ROLES = EnumSet.allOf(Role.class);

    private static final Set<Role> STAFF_ROLES = EnumSet.of(
            Role.PROVINCE_STAFF,
            Role.DIVISION_REVIEWER,
            Role.PREFECTURE_STAFF,
            Role.PREFECTURE_GOVERNMENT,
            Role.COUNTY_GOVERNMENT,
            Role.CONSTRUCTION_SUBJECT,
            Role.COMMITTEE_OFFICE);

    private static final Set<Role> ADMINISTRATORS =
            EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);

    private static final Set<Role> UNIT_ROLES = EnumSet.of(
            Role.PROVINCE_STAFF,
            Role.PREFECTURE_STAFF,
            Role.PREFECTURE_GOVERNMENT,
            Role.COUNTY_GOVERNMENT,
            Role.CONSTRUCTION_SUBJECT,
            Role.COMMITTEE_OFFICE);

    /** Who may call an endpoint: the roles, and whether the anonymous public may. */
    private record Access(Set<Role> roles, boolean anonymous) {

        static Access everyone() {
            return new Access(ALL_ROLES, true);
        }

        static Access loggedIn() {
            return new Access(ALL_ROLES, false);
        }

        static Access only(Role first, Role... rest) {
            return new Access(EnumSet.of(first, rest), false);
        }

        /** Staff of governments, departments and subjects: no administrator, no expert (三员分立). */
        static Access staff() {
            return only(STAFF_ROLES);
        }

        /** Every business role, experts included; no administrator. */
        static Access business() {
            Set<Role> roles = EnumSet.copyOf(STAFF_ROLES);
            roles.add(Role.EXPERT);
            return only(roles);
        }

        static Access only(Set<Role> roles) {
            return new Access(EnumSet.copyOf(roles), false);
        }
    }

    /**
     * One row of the matrix.
     *
     * @param template the mapping's path pattern, as Spring MVC reports it
     * @param path a concrete path (with query) that matches the template
     * @param body the JSON body, or null
     * @param freshSession call with a browser of its own (logout ends the session)
     */
    private record Endpoint(
            String method, String template, String path, Object body, Access access, boolean freshSession) {

        String key() {
            return method + " " + template;
        }
    }

    private static Endpoint endpoint(String method, String template, String path, Object body, Access access) {
        return new Endpoint(method, template, path, body, access, false);
    }

    private static final List<Endpoint> MATRIX = List.of(
            // identity: authentication
            endpoint("GET", "/api/auth/csrf", "/api/auth/csrf", null, Access.everyone()),
            // a blank body fails validation (400), so nobody's session is replaced
            endpoint(
                    "POST",
                    "/api/auth/login",
                    "/api/auth/login",
                    Map.of("username", "", "password", ""),
                    Access.everyone()),
            new Endpoint("POST", "/api/auth/logout", "/api/auth/logout", Map.of(), Access.loggedIn(), true),
            endpoint("GET", "/api/auth/me", "/api/auth/me", null, Access.loggedIn()),
            endpoint("GET", "/api/auth/email", "/api/auth/email", null, Access.loggedIn()),
            // an invalid address answers 400 and changes nothing
            endpoint("PUT", "/api/auth/email", "/api/auth/email", Map.of("email", "not-an-address"), Access.loggedIn()),
            // a wrong current password answers 400 and leaves the password as it is
            endpoint(
                    "POST",
                    "/api/auth/password",
                    "/api/auth/password",
                    Map.of("oldPassword", "Not#current1", "newPassword", "Another#2026x"),
                    Access.loggedIn()),

            // region: anonymous read, province staff edit attributes (a stale version: 409, nothing changes)
            endpoint("GET", "/api/regions", "/api/regions", null, Access.everyone()),
            endpoint("GET", "/api/regions/{code}", "/api/regions/152502", null, Access.everyone()),
            endpoint("GET", "/api/regions/{code}/children", "/api/regions/152502/children", null, Access.everyone()),
            endpoint(
                    "GET",
                    "/api/regions/{code}/descendants",
                    "/api/regions/152500/descendants?level=COUNTY",
                    null,
                    Access.everyone()),
            endpoint(
                    "PUT",
                    "/api/regions/{code}/attributes",
                    "/api/regions/152502/attributes",
                    Map.of("terrain", "UNKNOWN", "keyEcologicalFunctionArea", false, "reason", "权限矩阵测试", "version", -1),
                    Access.only(Role.PROVINCE_STAFF)),

            // region: construction units (targets that do not exist: 404)
            endpoint("GET", "/api/construction-units", "/api/construction-units", null, Access.only(UNIT_ROLES)),
            endpoint(
                    "GET",
                    "/api/construction-units/{id}",
                    "/api/construction-units/" + MISSING,
                    null,
                    Access.only(UNIT_ROLES)),
            endpoint(
                    "POST",
                    "/api/construction-units",
                    "/api/construction-units",
                    Map.of("regionCode", "159999", "name", "权限矩阵单元", "kind", "PARK"),
                    Access.only(UNIT_ROLES)),
            endpoint(
                    "PUT",
                    "/api/construction-units/{id}",
                    "/api/construction-units/" + MISSING,
                    Map.of("name", "权限矩阵单元", "kind", "PARK", "version", 0),
                    Access.only(UNIT_ROLES)),
            endpoint(
                    "DELETE",
                    "/api/construction-units/{id}",
                    "/api/construction-units/" + MISSING,
                    null,
                    Access.only(UNIT_ROLES)),

            // identity: organizations and users
            endpoint(
                    "GET",
                    "/api/organizations",
                    "/api/organizations",
                    null,
                    Access.only(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN)),
            endpoint(
                    "POST",
                    "/api/organizations",
                    "/api/organizations",
                    Map.of("name", "权限矩阵机构", "kind", "GOVERNMENT", "regionCode", "159999"),
                    Access.only(Role.SYSTEM_ADMIN)),
            endpoint(
                    "PUT",
                    "/api/organizations/{id}",
                    "/api/organizations/" + MISSING,
                    Map.of("name", "权限矩阵机构", "kind", "GOVERNMENT", "regionCode", "152502", "version", 0),
                    Access.only(Role.SYSTEM_ADMIN)),
            endpoint("GET", "/api/users", "/api/users", null, Access.only(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN)),
            endpoint(
                    "POST",
                    "/api/users",
                    "/api/users",
                    Map.of(
                            "username",
                            "matrix.probe",
                            "displayName",
                            "权限矩阵",
                            "role",
                            "EXPERT",
                            "organizationId",
                            MISSING,
                            "initialPassword",
                            "Matrix#2026pw"),
                    Access.only(Role.SYSTEM_ADMIN)),
            endpoint(
                    "PUT",
                    "/api/users/{id}",
                    "/api/users/" + MISSING,
                    Map.of(
                            "displayName",
                            "权限矩阵",
                            "role",
                            "EXPERT",
                            "organizationId",
                            MISSING,
                            "enabled",
                            true,
                            "version",
                            0),
                    Access.only(Role.SYSTEM_ADMIN)),
            endpoint(
                    "POST",
                    "/api/users/{id}/unlock",
                    "/api/users/" + MISSING + "/unlock",
                    Map.of(),
                    Access.only(Role.SECURITY_ADMIN)),
            endpoint(
                    "POST",
                    "/api/users/{id}/lock",
                    "/api/users/" + MISSING + "/lock",
                    Map.of(),
                    Access.only(Role.SECURITY_ADMIN)),
            // administrator replacement: the three administrators; the façade decides who proposes and approves
            endpoint("GET", "/api/admin-replacements", "/api/admin-replacements", null, Access.only(ADMINISTRATORS)),
            endpoint(
                    "GET",
                    "/api/admin-replacements/candidates",
                    "/api/admin-replacements/candidates",
                    null,
                    Access.only(ADMINISTRATORS)),
            endpoint(
                    "POST",
                    "/api/admin-replacements",
                    "/api/admin-replacements",
                    Map.of(
                            "targetUserId",
                            MISSING,
                            "newUsername",
                            "matrix.probe",
                            "newDisplayName",
                            "权限矩阵",
                            "initialPassword",
                            "Matrix#2026pw",
                            "reason",
                            "权限矩阵测试"),
                    Access.only(ADMINISTRATORS)),
            endpoint(
                    "POST",
                    "/api/admin-replacements/{id}/approve",
                    "/api/admin-replacements/" + MISSING + "/approve",
                    Map.of("version", 0),
                    Access.only(ADMINISTRATORS)),
            endpoint(
                    "POST",
                    "/api/admin-replacements/{id}/decline",
                    "/api/admin-replacements/" + MISSING + "/decline",
                    Map.of("version", 0),
                    Access.only(ADMINISTRATORS)),
            // security settings: the security admin (a stale version: 409, nothing changes)
            endpoint("GET", "/api/security-settings", "/api/security-settings", null, Access.only(Role.SECURITY_ADMIN)),
            endpoint(
                    "PUT",
                    "/api/security-settings",
                    "/api/security-settings",
                    Map.of(
                            "maxFailures",
                            5,
                            "lockoutMinutes",
                            15,
                            "addressMaxFailures",
                            20,
                            "sessionLifetimeMinutes",
                            720,
                            "version",
                            -1),
                    Access.only(Role.SECURITY_ADMIN)),
            endpoint(
                    "POST",
                    "/api/users/{id}/password-reset",
                    "/api/users/" + MISSING + "/password-reset",
                    Map.of("newPassword", "Reset#2026pw"),
                    Access.only(Role.SECURITY_ADMIN)),

            // audit: the audit admin only
            endpoint("GET", "/api/audit/records", "/api/audit/records", null, Access.only(Role.AUDIT_ADMIN)),
            endpoint("GET", "/api/audit/verify", "/api/audit/verify", null, Access.only(Role.AUDIT_ADMIN)),

            // regulation: anonymous read of published versions (drafts only for logged-in users)
            endpoint("GET", "/api/regulations", "/api/regulations", null, Access.everyone()),
            endpoint("GET", "/api/regulations/{code}", "/api/regulations/IM-ECOCIV-2022", null, Access.everyone()),

            // calendar: anonymous read, the system admin publishes (year 1999 is out of range: 400)
            endpoint("GET", "/api/calendar/days/{date}", "/api/calendar/days/2025-10-01", null, Access.everyone()),
            endpoint(
                    "GET",
                    "/api/calendar/deadline",
                    "/api/calendar/deadline?from=2025-09-26&workingDays=15",
                    null,
                    Access.everyone()),
            endpoint(
                    "GET",
                    "/api/calendar/working-days",
                    "/api/calendar/working-days?from=2025-01-01&to=2025-01-31",
                    null,
                    Access.everyone()),
            endpoint("GET", "/api/calendar/years", "/api/calendar/years", null, Access.everyone()),
            endpoint("GET", "/api/calendar/years/{year}", "/api/calendar/years/2025", null, Access.everyone()),
            endpoint(
                    "PUT",
                    "/api/calendar/years/{year}",
                    "/api/calendar/years/1999",
                    Map.of(
                            "source",
                            "权限矩阵测试",
                            "holidays",
                            List.of(Map.of("name", "元旦", "from", "1999-01-01", "to", "1999-01-01"))),
                    Access.only(Role.SYSTEM_ADMIN)),
            // indicators: editions for every business role; values, scorecards and evidence for staff (no expert,
            // no administrator: 三员分立), within the data scope; entry for subjects
            endpoint("GET", "/api/indicator-editions", "/api/indicator-editions", null, Access.business()),
            endpoint(
                    "GET",
                    "/api/indicator-editions/{code}",
                    "/api/indicator-editions/GZ-2SZS-2021",
                    null,
                    Access.business()),
            endpoint(
                    "GET",
                    "/api/indicator-values",
                    "/api/indicator-values?edition=GZ-2SZS-2021&region=152502&year=2025",
                    null,
                    Access.staff()),
            endpoint(
                    "PUT",
                    "/api/indicator-values/{edition}/{region}/{year}/{indicator}",
                    "/api/indicator-values/GZ-2SZS-2021/152502/2025/NO-SUCH-INDICATOR",
                    Map.of("value", 1),
                    Access.only(
                            Role.PROVINCE_STAFF,
                            Role.COUNTY_GOVERNMENT,
                            Role.CONSTRUCTION_SUBJECT,
                            Role.PREFECTURE_GOVERNMENT,
                            Role.PREFECTURE_STAFF,
                            Role.COMMITTEE_OFFICE)),
            endpoint(
                    "POST",
                    "/api/indicator-submissions/{edition}/{region}/{year}/{transition}",
                    "/api/indicator-submissions/GZ-2SZS-2021/152502/2099/SUBMIT",
                    Map.of(),
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/indicator-submissions/inbox",
                    "/api/indicator-submissions/inbox",
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/evaluations",
                    "/api/evaluations?edition=GZ-2SZS-2021&region=152502&year=2025",
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/evaluations/ranking",
                    "/api/evaluations/ranking?edition=GZ-2SZS-2021&parent=152502&year=2025",
                    null,
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/indicator-values/{edition}/{region}/{year}/{indicator}/evidence",
                    "/api/indicator-values/GZ-2SZS-2021/152502/2025/GZ-01/evidence",
                    Map.of(),
                    Access.only(
                            Role.PROVINCE_STAFF,
                            Role.COUNTY_GOVERNMENT,
                            Role.CONSTRUCTION_SUBJECT,
                            Role.PREFECTURE_GOVERNMENT,
                            Role.PREFECTURE_STAFF,
                            Role.COMMITTEE_OFFICE)),
            endpoint(
                    "GET",
                    "/api/indicator-values/{edition}/{region}/{year}/{indicator}/evidence",
                    "/api/indicator-values/GZ-2SZS-2021/152502/2025/GZ-01/evidence",
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/indicator-values/{edition}/{region}/{year}/{indicator}/evidence/{id}",
                    "/api/indicator-values/GZ-2SZS-2021/152502/2025/GZ-01/evidence/1",
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/indicator-excel/template",
                    "/api/indicator-excel/template?edition=GZ-2SZS-2021&regions=152502&years=2025",
                    null,
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/indicator-excel/import",
                    "/api/indicator-excel/import?edition=GZ-2SZS-2021",
                    Map.of(),
                    Access.only(
                            Role.PROVINCE_STAFF,
                            Role.COUNTY_GOVERNMENT,
                            Role.CONSTRUCTION_SUBJECT,
                            Role.PREFECTURE_GOVERNMENT,
                            Role.PREFECTURE_STAFF,
                            Role.COMMITTEE_OFFICE)),
            endpoint(
                    "GET",
                    "/api/indicator-excel/import/{jobId}",
                    "/api/indicator-excel/import/no-such-job",
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/indicator-excel/export",
                    "/api/indicator-excel/export?edition=GZ-2SZS-2021&region=152502&years=2025",
                    null,
                    Access.staff()),
            endpoint(
                    "PUT",
                    "/api/indicator-references/{edition}/{province}/{year}/{indicator}",
                    "/api/indicator-references/GZ-2SZS-2021/150000/2099/GZ-01",
                    Map.of("average", 95.0, "source", "权限矩阵测试"),
                    Access.only(Role.PROVINCE_STAFF)),
            // edition editor: published definitions for every logged-in user; drafts for province staff
            endpoint(
                    "GET",
                    "/api/indicator-editions/{code}/definition",
                    "/api/indicator-editions/GZ-2SZS-2021/definition",
                    null,
                    Access.business()),
            endpoint(
                    "GET",
                    "/api/indicator-editions/{code}/workbook",
                    "/api/indicator-editions/GZ-2SZS-2021/workbook",
                    null,
                    Access.business()),
            endpoint("GET", "/api/indicator-target-kinds", "/api/indicator-target-kinds", null, Access.business()),
            endpoint("GET", "/api/indicator-drafts", "/api/indicator-drafts", null, Access.only(Role.PROVINCE_STAFF)),
            // a header without a code fails the editor's checks (400) after the role check
            endpoint(
                    "POST",
                    "/api/indicator-drafts",
                    "/api/indicator-drafts",
                    Map.of("header", Map.of("titleZh", "权限矩阵测试")),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "GET",
                    "/api/indicator-drafts/template",
                    "/api/indicator-drafts/template",
                    null,
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "POST",
                    "/api/indicator-drafts/import",
                    "/api/indicator-drafts/import",
                    Map.of(),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "PUT",
                    "/api/indicator-drafts/{code}",
                    "/api/indicator-drafts/NO-SUCH-DRAFT",
                    Map.of("header", Map.of("titleZh", "权限矩阵测试"), "version", 0),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "DELETE",
                    "/api/indicator-drafts/{code}",
                    "/api/indicator-drafts/NO-SUCH-DRAFT?version=0",
                    null,
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "PUT",
                    "/api/indicator-drafts/{code}/indicators/{indicator}",
                    "/api/indicator-drafts/NO-SUCH-DRAFT/indicators/X-01",
                    Map.of("indicator", Map.of("nameZh", "权限矩阵测试"), "version", 0),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "DELETE",
                    "/api/indicator-drafts/{code}/indicators/{indicator}",
                    "/api/indicator-drafts/NO-SUCH-DRAFT/indicators/X-01?version=0",
                    null,
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "POST",
                    "/api/indicator-drafts/{code}/publish",
                    "/api/indicator-drafts/NO-SUCH-DRAFT/publish",
                    Map.of("version", 0),
                    Access.only(Role.PROVINCE_STAFF)),
            // plans: staff within scope (no administrator, no expert); the pinned path decides who takes a step (403)
            endpoint("GET", "/api/plans", "/api/plans", null, Access.staff()),
            endpoint("GET", "/api/plans/inbox", "/api/plans/inbox", null, Access.staff()),
            endpoint("GET", "/api/plans/regulations", "/api/plans/regulations", null, Access.staff()),
            endpoint("POST", "/api/plans", "/api/plans", Map.of("title", "权限矩阵测试"), Access.staff()),
            endpoint("GET", "/api/plans/{id}", "/api/plans/" + MISSING, null, Access.staff()),
            endpoint(
                    "PUT",
                    "/api/plans/{id}",
                    "/api/plans/" + MISSING,
                    Map.of("title", "权限矩阵测试", "version", 0),
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/plans/{id}/document",
                    "/api/plans/" + MISSING + "/document",
                    Map.of(),
                    Access.staff()),
            endpoint(
                    "PUT",
                    "/api/plans/{id}/content",
                    "/api/plans/" + MISSING + "/content",
                    Map.of("version", 0),
                    Access.staff()),
            endpoint("GET", "/api/plans/{id}/document", "/api/plans/" + MISSING + "/document", null, Access.staff()),
            endpoint(
                    "POST",
                    "/api/plans/{id}/{action}",
                    "/api/plans/" + MISSING + "/submit",
                    Map.of("version", 0),
                    Access.staff()),
            // public column: anonymous reads; the subjects publish to their own column
            endpoint(
                    "GET",
                    "/api/public/columns/{region}/{programme}",
                    "/api/public/columns/152502/ECO_CIVILIZATION_ZONE",
                    null,
                    Access.everyone()),
            endpoint(
                    "GET",
                    "/api/public/plans/{id}/document",
                    "/api/public/plans/" + MISSING + "/document",
                    null,
                    Access.everyone()),
            endpoint(
                    "GET",
                    "/api/column-items",
                    "/api/column-items?programme=ECO_CIVILIZATION_ZONE",
                    null,
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/column-items",
                    "/api/column-items",
                    Map.of("programme", "NO_SUCH_PROGRAMME"),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT, Role.CONSTRUCTION_SUBJECT)),
            endpoint(
                    "DELETE",
                    "/api/column-items/{id}",
                    "/api/column-items/" + MISSING + "?version=0",
                    null,
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT, Role.CONSTRUCTION_SUBJECT)),
            // annual work plans: reads within scope; subjects write and file; the receiver the rules name
            // returns or acknowledges (decided by the aggregate: 403 there)
            endpoint("GET", "/api/work-plans", "/api/work-plans", null, Access.staff()),
            endpoint("GET", "/api/work-plans/{id}", "/api/work-plans/" + MISSING, null, Access.staff()),
            endpoint(
                    "POST",
                    "/api/work-plans",
                    "/api/work-plans",
                    Map.of("title", "权限矩阵测试"),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "PUT",
                    "/api/work-plans/{id}",
                    "/api/work-plans/" + MISSING,
                    Map.of("title", "权限矩阵测试", "version", 0),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/work-plans/{id}/document",
                    "/api/work-plans/" + MISSING + "/document",
                    Map.of(),
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/work-plans/{id}/document",
                    "/api/work-plans/" + MISSING + "/document",
                    null,
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/work-plans/{id}/file",
                    "/api/work-plans/" + MISSING + "/file",
                    Map.of("version", 0),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/work-plans/{id}/withdraw",
                    "/api/work-plans/" + MISSING + "/withdraw",
                    Map.of("version", 0),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/work-plans/{id}/return",
                    "/api/work-plans/" + MISSING + "/return",
                    Map.of("version", 0, "reason", "权限矩阵测试"),
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/work-plans/{id}/acknowledge",
                    "/api/work-plans/" + MISSING + "/acknowledge",
                    Map.of("version", 0),
                    Access.staff()),
            // key project library: reads and export within scope; the region's subject writes
            endpoint("GET", "/api/key-projects", "/api/key-projects", null, Access.staff()),
            endpoint("GET", "/api/key-projects/export", "/api/key-projects/export", null, Access.staff()),
            endpoint("GET", "/api/key-projects/{id}", "/api/key-projects/" + MISSING, null, Access.staff()),
            endpoint(
                    "POST",
                    "/api/key-projects",
                    "/api/key-projects",
                    Map.of("name", "权限矩阵测试"),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "PUT",
                    "/api/key-projects/{id}",
                    "/api/key-projects/" + MISSING,
                    Map.of("name", "权限矩阵测试", "version", 0),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "DELETE",
                    "/api/key-projects/{id}",
                    "/api/key-projects/" + MISSING + "?version=0",
                    null,
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "GET",
                    "/api/progress",
                    "/api/progress?edition=BIM-2024&region=150000&baseYear=2020&year=2024",
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/evaluations/trend",
                    "/api/evaluations/trend?edition=GZ-2SZS-2021&region=152502&indicator=GZ-01&from=2024&to=2025",
                    null,
                    Access.staff()),

            // deadline: every business role its own list; no administrator
            endpoint("GET", "/api/deadlines", "/api/deadlines?within=10", null, Access.business()),

            // procedures: the inbox and a run, staff within scope (no administrator, no expert)
            endpoint("GET", "/api/procedures/inbox", "/api/procedures/inbox", null, Access.staff()),
            endpoint("GET", "/api/procedures/inbox/export", "/api/procedures/inbox/export", null, Access.staff()),
            endpoint("GET", "/api/procedure-runs/{id}", "/api/procedure-runs/" + MISSING, null, Access.staff()),
            // candidacies and the candidate pool: staff read within scope; province and prefecture staff keep it
            endpoint("GET", "/api/candidacies", "/api/candidacies", null, Access.staff()),
            endpoint("GET", "/api/candidacies/counts", "/api/candidacies/counts", null, Access.staff()),
            endpoint("GET", "/api/candidacies/export", "/api/candidacies/export", null, Access.staff()),
            endpoint("GET", "/api/candidacies/{id}", "/api/candidacies/" + MISSING, null, Access.staff()),
            endpoint(
                    "POST",
                    "/api/candidacies",
                    "/api/candidacies",
                    Map.of(),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            endpoint(
                    "POST",
                    "/api/candidacies/{id}/transitions",
                    "/api/candidacies/" + MISSING + "/transitions",
                    Map.of("action", "CULTIVATE", "version", 0),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            // application rounds: staff read their province's; province staff open them (an empty body: 400)
            endpoint(
                    "GET",
                    "/api/application-rounds",
                    "/api/application-rounds?programme=ECO_CIVILIZATION_ZONE",
                    null,
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/application-rounds",
                    "/api/application-rounds",
                    Map.of(),
                    Access.only(Role.PROVINCE_STAFF)),
            // dossiers: staff within scope; the subject writes, the chain's receivers act (the aggregate: 403)
            endpoint("GET", "/api/dossiers", "/api/dossiers", null, Access.staff()),
            endpoint("POST", "/api/dossiers", "/api/dossiers", Map.of("candidacyId", MISSING), Access.staff()),
            endpoint("GET", "/api/dossiers/{id}", "/api/dossiers/" + MISSING, null, Access.staff()),
            endpoint(
                    "PUT",
                    "/api/dossiers/{id}/texts/{materialCode}",
                    "/api/dossiers/" + MISSING + "/texts/ABSTRACT",
                    Map.of("text", "权限矩阵测试", "version", 0),
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/dossiers/{id}/materials/{materialCode}/documents",
                    "/api/dossiers/" + MISSING + "/materials/PHOTOS/documents?version=0",
                    Map.of(),
                    Access.staff()),
            endpoint(
                    "DELETE",
                    "/api/dossiers/{id}/materials/{materialCode}/documents/{documentId}",
                    "/api/dossiers/" + MISSING + "/materials/PHOTOS/documents/" + MISSING + "?version=0",
                    null,
                    Access.staff()),
            endpoint(
                    "PUT",
                    "/api/dossiers/{id}/eligibility/{conditionCode}",
                    "/api/dossiers/" + MISSING + "/eligibility/PLAN_VALID",
                    Map.of("answer", "权限矩阵测试", "version", 0),
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/dossiers/{id}/submit",
                    "/api/dossiers/" + MISSING + "/submit",
                    Map.of("version", 0),
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/dossiers/{id}/actions",
                    "/api/dossiers/" + MISSING + "/actions",
                    Map.of("action", "RETURN", "reason", "权限矩阵测试", "version", 0),
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/dossiers/{id}/photos/{documentId}",
                    "/api/dossiers/" + MISSING + "/photos/" + MISSING,
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/dossiers/{id}/documents/{documentId}",
                    "/api/dossiers/" + MISSING + "/documents/" + MISSING,
                    null,
                    Access.staff()),

            // registers (issue 11 §1): staff read within scope; province and prefecture staff enter, correct,
            // import and attach; province staff confirm and reject
            endpoint("GET", "/api/registers", "/api/registers", null, Access.staff()),
            endpoint("GET", "/api/registers/{id}", "/api/registers/" + MISSING, null, Access.staff()),
            endpoint(
                    "GET",
                    "/api/registers/petition-rates",
                    "/api/registers/petition-rates?year=2025",
                    null,
                    Access.staff()),
            endpoint("GET", "/api/registers/export", "/api/registers/export?kind=INCIDENT", null, Access.staff()),
            endpoint("GET", "/api/registers/template", "/api/registers/template?kind=INCIDENT", null, Access.staff()),
            endpoint(
                    "GET",
                    "/api/registers/{id}/attachments/{documentId}/document",
                    "/api/registers/" + MISSING + "/attachments/" + MISSING + "/document",
                    null,
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/registers",
                    "/api/registers",
                    Map.of(),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            endpoint(
                    "PUT",
                    "/api/registers/{id}",
                    "/api/registers/" + MISSING,
                    Map.of("version", 0),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            endpoint(
                    "POST",
                    "/api/registers/{id}/confirm",
                    "/api/registers/" + MISSING + "/confirm",
                    Map.of("version", 0),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "POST",
                    "/api/registers/{id}/reject",
                    "/api/registers/" + MISSING + "/reject",
                    Map.of("version", 0, "reason", "权限矩阵"),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "POST",
                    "/api/registers/import",
                    "/api/registers/import?kind=INCIDENT",
                    Map.of(),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            endpoint(
                    "POST",
                    "/api/registers/{id}/attachments",
                    "/api/registers/" + MISSING + "/attachments",
                    Map.of(),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),

            // the candidacy-and-exclusions overview (issue 11 §2): province and prefecture staff, within scope
            endpoint(
                    "GET",
                    "/api/dossier-overview",
                    "/api/dossier-overview",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            endpoint(
                    "GET",
                    "/api/dossier-overview/export",
                    "/api/dossier-overview/export",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            // registry: exclusions preview (staff of the region's province, prefecture and county, in scope)
            endpoint(
                    "GET",
                    "/api/exclusions",
                    "/api/exclusions?regionCode=152502&programme=ECO_CIVILIZATION_ZONE",
                    null,
                    Access.only(
                            Role.PROVINCE_STAFF,
                            Role.PREFECTURE_STAFF,
                            Role.PREFECTURE_GOVERNMENT,
                            Role.COUNTY_GOVERNMENT)),
            // registry: the province's exclusion thresholds (a key no regulation declares: 404, nothing set)
            endpoint(
                    "GET",
                    "/api/exclusion-settings",
                    "/api/exclusion-settings",
                    null,
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "PUT",
                    "/api/exclusion-settings",
                    "/api/exclusion-settings",
                    Map.of(
                            "regulationCode",
                            "IM-ECOCIV-2022",
                            "exclusionCode",
                            "PETITIONS",
                            "key",
                            "no_such_key",
                            "value",
                            90),
                    Access.only(Role.PROVINCE_STAFF)),

            // notification: every user's own; a notification that does not exist: 404
            endpoint("GET", "/api/notifications", "/api/notifications", null, Access.loggedIn()),
            endpoint(
                    "POST",
                    "/api/notifications/{id}/read",
                    "/api/notifications/" + MISSING + "/read",
                    Map.of(),
                    Access.loggedIn()),
            // marks only the caller's own notifications (the matrix users have none)
            endpoint("POST", "/api/notifications/read-all", "/api/notifications/read-all", Map.of(), Access.loggedIn()),

            // title (issue 12 §5): the receipt is the subject's (the engine admits the task's holder),
            // staff in scope read it; the naming is the province's; the titles staff's; the public list anyone's
            endpoint(
                    "GET",
                    "/api/platform-receipts/{dossierId}",
                    "/api/platform-receipts/" + MISSING,
                    null,
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/platform-receipts/{dossierId}",
                    "/api/platform-receipts/" + MISSING,
                    Map.of("version", 0),
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/platform-receipts/{dossierId}/document",
                    "/api/platform-receipts/" + MISSING + "/document?version=0",
                    Map.of(),
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/namings/{dossierId}",
                    "/api/namings/" + MISSING,
                    Map.of("version", 0),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint("GET", "/api/titles", "/api/titles", null, Access.staff()),
            endpoint("GET", "/api/public/titles", "/api/public/titles", null, Access.everyone()),
            // the round overview (issue 12 §6): province and prefecture staff, within scope
            endpoint(
                    "GET",
                    "/api/round-overview/{roundId}",
                    "/api/round-overview/" + MISSING,
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            endpoint(
                    "GET",
                    "/api/round-overview/{roundId}/export",
                    "/api/round-overview/" + MISSING + "/export",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            // opinions (issue 12 §4): the province's staff and the prefecture's bodies, within scope; the body
            // that forms one at a step writes it (the façade: 403); none exists here: 404
            endpoint(
                    "GET",
                    "/api/opinions",
                    "/api/opinions?roundId=" + MISSING,
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "GET",
                    "/api/opinions/steps",
                    "/api/opinions/steps?roundId=" + MISSING,
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "GET",
                    "/api/opinions/{id}",
                    "/api/opinions/" + MISSING,
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/opinions",
                    "/api/opinions",
                    Map.of("roundId", MISSING, "stepCode", "PRE_REVIEW_OPINION"),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "PUT",
                    "/api/opinions/{id}",
                    "/api/opinions/" + MISSING,
                    Map.of("version", 0, "title", "权限矩阵"),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/opinions/{id}/refresh",
                    "/api/opinions/" + MISSING + "/refresh",
                    Map.of("version", 0),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/opinions/{id}/issue",
                    "/api/opinions/" + MISSING + "/issue",
                    Map.of("version", 0),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/opinions/{id}/complete-steps",
                    "/api/opinions/" + MISSING + "/complete-steps",
                    Map.of(),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "GET",
                    "/api/opinions/{id}/files/{format}",
                    "/api/opinions/" + MISSING + "/files/pdf",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            // the export pack of a dossier for the national platform: the province's staff and the subjects
            endpoint(
                    "GET",
                    "/api/export-packs/{dossierId}",
                    "/api/export-packs/" + MISSING,
                    null,
                    Access.only(
                            Role.PROVINCE_STAFF,
                            Role.COUNTY_GOVERNMENT,
                            Role.PREFECTURE_GOVERNMENT,
                            Role.CONSTRUCTION_SUBJECT)),
            // review: the province's staff keep the pool and run panels; experts score; a subject declares conflicts
            endpoint(
                    "GET",
                    "/api/review/experts",
                    "/api/review/experts",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "GET",
                    "/api/review/experts/export",
                    "/api/review/experts/export",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "POST",
                    "/api/review/experts/import",
                    "/api/review/experts/import",
                    Map.of(),
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "POST",
                    "/api/review/experts",
                    "/api/review/experts",
                    Map.of(),
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "GET",
                    "/api/review/experts/{id}",
                    "/api/review/experts/" + MISSING,
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "PUT",
                    "/api/review/experts/{id}",
                    "/api/review/experts/" + MISSING,
                    Map.of(),
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "POST",
                    "/api/review/experts/{id}/integrity",
                    "/api/review/experts/" + MISSING + "/integrity",
                    Map.of("kind", "NO_SHOW", "occurredOn", "2026-01-01", "note", "x"),
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "GET",
                    "/api/review/panels",
                    "/api/review/panels?roundId=" + MISSING,
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "POST",
                    "/api/review/panels",
                    "/api/review/panels",
                    Map.of("roundId", MISSING, "stepCode", "EXPERT_SCORING"),
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "GET",
                    "/api/review/panels/{id}",
                    "/api/review/panels/" + MISSING,
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "POST",
                    "/api/review/panels/{id}/members",
                    "/api/review/panels/" + MISSING + "/members",
                    Map.of("expertId", MISSING, "reason", "x"),
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "POST",
                    "/api/review/panels/{id}/detect",
                    "/api/review/panels/" + MISSING + "/detect",
                    Map.of(),
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "GET",
                    "/api/review/panels/{id}/dossiers/{dossierId}/conflicts",
                    "/api/review/panels/" + MISSING + "/dossiers/" + MISSING + "/conflicts",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "POST",
                    "/api/review/panels/{id}/dossiers/{dossierId}/conflicts/{conflictId}/pin",
                    "/api/review/panels/" + MISSING + "/dossiers/" + MISSING + "/conflicts/" + MISSING + "/pin",
                    Map.of(),
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "GET",
                    "/api/review/panels/{id}/dossiers/{dossierId}/scores",
                    "/api/review/panels/" + MISSING + "/dossiers/" + MISSING + "/scores",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "POST",
                    "/api/review/panels/{id}/dossiers/{dossierId}/reconciliations",
                    "/api/review/panels/" + MISSING + "/dossiers/" + MISSING + "/reconciliations",
                    Map.of("criterionCode", "X", "text", "x"),
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "POST",
                    "/api/review/panels/{id}/close",
                    "/api/review/panels/" + MISSING + "/close",
                    Map.of("version", 0),
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "POST",
                    "/api/review/panels/{id}/dossiers/{dossierId}/decision",
                    "/api/review/panels/" + MISSING + "/dossiers/" + MISSING + "/decision",
                    Map.of("decision", "PASS"),
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint("GET", "/api/review/my-panels", "/api/review/my-panels", null, Access.only(Role.EXPERT)),
            endpoint(
                    "GET",
                    "/api/review/my-panels/{panelId}/dossiers/{dossierId}",
                    "/api/review/my-panels/" + MISSING + "/dossiers/" + MISSING,
                    null,
                    Access.only(Role.EXPERT)),
            endpoint(
                    "GET",
                    "/api/review/my-panels/{panelId}/dossiers/{dossierId}/sheet",
                    "/api/review/my-panels/" + MISSING + "/dossiers/" + MISSING + "/sheet",
                    null,
                    Access.only(Role.EXPERT)),
            endpoint(
                    "PUT",
                    "/api/review/my-panels/{panelId}/dossiers/{dossierId}/sheet",
                    "/api/review/my-panels/" + MISSING + "/dossiers/" + MISSING + "/sheet",
                    Map.of(),
                    Access.only(Role.EXPERT)),
            endpoint(
                    "POST",
                    "/api/review/my-panels/{panelId}/dossiers/{dossierId}/conflict",
                    "/api/review/my-panels/" + MISSING + "/dossiers/" + MISSING + "/conflict",
                    Map.of("note", "x"),
                    Access.only(Role.EXPERT)),
            endpoint(
                    "GET",
                    "/api/review/dossiers/{dossierId}/conflicts",
                    "/api/review/dossiers/" + MISSING + "/conflicts",
                    null,
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT, Role.CONSTRUCTION_SUBJECT)),
            endpoint(
                    "POST",
                    "/api/review/dossiers/{dossierId}/conflicts",
                    "/api/review/dossiers/" + MISSING + "/conflicts",
                    Map.of("name", "某专家", "note", "x"),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT, Role.CONSTRUCTION_SUBJECT)),
            // publicity: the public reads published notices and complains (unknown ids: 404, nothing changes);
            // the publicising bodies draft and publish; the investigating bodies find; province staff set the deadline
            endpoint("GET", "/api/public/notices", "/api/public/notices", null, Access.everyone()),
            endpoint("GET", "/api/public/notices/{id}", "/api/public/notices/" + MISSING, null, Access.everyone()),
            endpoint(
                    "POST",
                    "/api/public/notices/{id}/complaints",
                    "/api/public/notices/" + MISSING + "/complaints",
                    Map.of("dossierId", MISSING, "text", "权限矩阵测试"),
                    Access.everyone()),
            endpoint(
                    "GET",
                    "/api/public/complaints/{trackingNumber}",
                    "/api/public/complaints/NOSUCHNUMBER0000",
                    null,
                    Access.everyone()),
            endpoint(
                    "POST",
                    "/api/public/complaints/{trackingNumber}/attachments",
                    "/api/public/complaints/NOSUCHNUMBER0000/attachments",
                    Map.of(),
                    Access.everyone()),
            endpoint(
                    "GET",
                    "/api/publicity/notices",
                    "/api/publicity/notices",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "GET",
                    "/api/publicity/waiting",
                    "/api/publicity/waiting?roundId=" + MISSING + "&stepCode=PUBLICITY",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "GET",
                    "/api/publicity/period",
                    "/api/publicity/period?roundId=" + MISSING + "&stepCode=PUBLICITY&publishedOn=2026-09-01",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "GET",
                    "/api/publicity/notices/{id}",
                    "/api/publicity/notices/" + MISSING,
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/publicity/notices",
                    "/api/publicity/notices",
                    Map.of("roundId", MISSING, "stepCode", "PUBLICITY"),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "PUT",
                    "/api/publicity/notices/{id}",
                    "/api/publicity/notices/" + MISSING,
                    Map.of("version", 0),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/publicity/notices/{id}/publish",
                    "/api/publicity/notices/" + MISSING + "/publish",
                    Map.of("version", 0),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/publicity/notices/{id}/corrections",
                    "/api/publicity/notices/" + MISSING + "/corrections",
                    Map.of("version", 0, "text", "权限矩阵测试"),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/publicity/notices/{id}/complete",
                    "/api/publicity/notices/" + MISSING + "/complete",
                    Map.of("version", 0),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "GET",
                    "/api/publicity/complaints",
                    "/api/publicity/complaints",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "GET",
                    "/api/publicity/complaints/{id}",
                    "/api/publicity/complaints/" + MISSING,
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/publicity/complaints/{id}/investigation",
                    "/api/publicity/complaints/" + MISSING + "/investigation",
                    Map.of("version", 0),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            endpoint(
                    "POST",
                    "/api/publicity/complaints/{id}/finding",
                    "/api/publicity/complaints/" + MISSING + "/finding",
                    Map.of("finding", "UNTRUE", "text", "权限矩阵测试", "version", 0),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            endpoint(
                    "POST",
                    "/api/publicity/complaints/{id}/evidence",
                    "/api/publicity/complaints/" + MISSING + "/evidence",
                    Map.of(),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            // Guizhou art. 15: the province department hands a complaint to the municipal bureau
            endpoint(
                    "POST",
                    "/api/publicity/complaints/{id}/delegation",
                    "/api/publicity/complaints/" + MISSING + "/delegation",
                    Map.of("version", 0),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "GET",
                    "/api/publicity/settings/{provinceCode}",
                    "/api/publicity/settings/150000",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            // a deadline of 0 working days is refused (400): nothing is set
            endpoint(
                    "PUT",
                    "/api/publicity/settings/{provinceCode}",
                    "/api/publicity/settings/150000",
                    Map.of("complaintWorkingDays", 0),
                    Access.only(Role.PROVINCE_STAFF)),
            // review: the province's staff replace a panel member who did not show or must leave
            endpoint(
                    "POST",
                    "/api/review/panels/{id}/members/{expertId}/replacement",
                    "/api/review/panels/" + MISSING + "/members/" + MISSING + "/replacement",
                    Map.of("kind", "NO_SHOW", "reason", "x"),
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            // review (s12): an expert downloads a file of a dossier it scores
            endpoint(
                    "GET",
                    "/api/review/my-panels/{panelId}/dossiers/{dossierId}/documents/{documentId}",
                    "/api/review/my-panels/" + MISSING + "/dossiers/" + MISSING + "/documents/" + MISSING,
                    null,
                    Access.only(Role.EXPERT)),
            // title (issue 12 §5): the uploaded platform receipt's file, for the subject and the province
            // (staff in the dossier's scope; InnerMongoliaNamingIT checks who in scope gets it)
            endpoint(
                    "GET",
                    "/api/platform-receipts/{dossierId}/document",
                    "/api/platform-receipts/" + MISSING + "/document",
                    null,
                    Access.staff()),
            // enforcement (issue 13 §3): proposals read by the department and the prefecture bureaus,
            // decided by the department; rectifications read by them and the subjects, reported by the
            // subject, accepted or returned by the department
            endpoint(
                    "GET",
                    "/api/enforcement-proposals",
                    "/api/enforcement-proposals",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            endpoint(
                    "GET",
                    "/api/enforcement-proposals/{id}",
                    "/api/enforcement-proposals/" + MISSING,
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            endpoint(
                    "POST",
                    "/api/enforcement-proposals/{id}/decision",
                    "/api/enforcement-proposals/" + MISSING + "/decision",
                    Map.of("version", 0, "reason", "x"),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "GET",
                    "/api/rectifications",
                    "/api/rectifications",
                    null,
                    Access.only(
                            Role.PROVINCE_STAFF,
                            Role.PREFECTURE_STAFF,
                            Role.PREFECTURE_GOVERNMENT,
                            Role.COUNTY_GOVERNMENT,
                            Role.CONSTRUCTION_SUBJECT)),
            endpoint(
                    "GET",
                    "/api/rectifications/{id}",
                    "/api/rectifications/" + MISSING,
                    null,
                    Access.only(
                            Role.PROVINCE_STAFF,
                            Role.PREFECTURE_STAFF,
                            Role.PREFECTURE_GOVERNMENT,
                            Role.COUNTY_GOVERNMENT,
                            Role.CONSTRUCTION_SUBJECT)),
            endpoint(
                    "GET",
                    "/api/enforcement/titles/{titleId}/rectifications",
                    "/api/enforcement/titles/" + MISSING + "/rectifications",
                    null,
                    Access.only(
                            Role.PROVINCE_STAFF,
                            Role.PREFECTURE_STAFF,
                            Role.PREFECTURE_GOVERNMENT,
                            Role.COUNTY_GOVERNMENT,
                            Role.CONSTRUCTION_SUBJECT)),
            endpoint(
                    "POST",
                    "/api/rectifications/{id}/report",
                    "/api/rectifications/" + MISSING + "/report",
                    Map.of("version", 0, "report", "x"),
                    Access.only(Role.PREFECTURE_GOVERNMENT, Role.COUNTY_GOVERNMENT, Role.CONSTRUCTION_SUBJECT)),
            endpoint(
                    "POST",
                    "/api/rectifications/{id}/accept",
                    "/api/rectifications/" + MISSING + "/accept",
                    Map.of("version", 0),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "POST",
                    "/api/rectifications/{id}/return",
                    "/api/rectifications/" + MISSING + "/return",
                    Map.of("version", 0, "opinion", "x"),
                    Access.only(Role.PROVINCE_STAFF)),
            // supervision (issue 13 §2): staff in scope read the checks and their evidence; the province
            // department records findings, evidence and the conclusion and sets when checks open
            endpoint("GET", "/api/supervision-checks", "/api/supervision-checks", null, Access.staff()),
            endpoint("GET", "/api/supervision-checks/{id}", "/api/supervision-checks/" + MISSING, null, Access.staff()),
            endpoint(
                    "POST",
                    "/api/supervision-checks/{id}/findings",
                    "/api/supervision-checks/" + MISSING + "/findings",
                    Map.of("textZh", "权限矩阵"),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "DELETE",
                    "/api/supervision-checks/{id}/findings/{findingId}",
                    "/api/supervision-checks/" + MISSING + "/findings/" + MISSING,
                    null,
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "POST",
                    "/api/supervision-checks/{id}/conclusion",
                    "/api/supervision-checks/" + MISSING + "/conclusion",
                    Map.of("problemsFound", false, "textZh", "权限矩阵"),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "POST",
                    "/api/supervision-checks/{id}/evidence",
                    "/api/supervision-checks/" + MISSING + "/evidence",
                    Map.of(),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "GET",
                    "/api/supervision-checks/{id}/evidence",
                    "/api/supervision-checks/" + MISSING + "/evidence",
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/supervision-checks/{id}/evidence/{documentId}",
                    "/api/supervision-checks/" + MISSING + "/evidence/" + MISSING,
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/supervision-settings",
                    "/api/supervision-settings",
                    null,
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "PUT",
                    "/api/supervision-settings",
                    "/api/supervision-settings",
                    Map.of("checkCode", "NO_SUCH_CHECK", "delayDays", 0),
                    Access.only(Role.PROVINCE_STAFF)),
            // grading (issue 13 §4): Xilingol's annual evaluation; the office grades and makes the report, the
            // league's staff read it, a banner reads its own; an out-of-range year is 400 and changes nothing
            endpoint(
                    "GET",
                    "/api/annual-evaluations",
                    "/api/annual-evaluations?year=1999",
                    null,
                    Access.only(Role.COMMITTEE_OFFICE, Role.PREFECTURE_STAFF, Role.COUNTY_GOVERNMENT)),
            endpoint(
                    "GET",
                    "/api/annual-evaluations/{dossierId}",
                    "/api/annual-evaluations/" + MISSING,
                    null,
                    Access.only(Role.COMMITTEE_OFFICE, Role.PREFECTURE_STAFF, Role.COUNTY_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/annual-evaluations/{dossierId}/grade",
                    "/api/annual-evaluations/" + MISSING + "/grade",
                    Map.of("opinion", "x"),
                    Access.only(Role.COMMITTEE_OFFICE)),
            endpoint(
                    "POST",
                    "/api/annual-evaluations/reports",
                    "/api/annual-evaluations/reports?year=1999",
                    Map.of(),
                    Access.only(Role.COMMITTEE_OFFICE)),
            endpoint(
                    "GET",
                    "/api/annual-evaluations/reports/{year}",
                    "/api/annual-evaluations/reports/1999",
                    null,
                    Access.only(Role.COMMITTEE_OFFICE, Role.PREFECTURE_STAFF)),
            endpoint(
                    "GET",
                    "/api/annual-evaluations/reports/{year}/files/{format}",
                    "/api/annual-evaluations/reports/1999/files/pdf",
                    null,
                    Access.only(Role.COMMITTEE_OFFICE, Role.PREFECTURE_STAFF)),
            // report (issue 13 §1): annual reports within scope; the subject governments open and write them,
            // the run decides every act; the province sets the due days
            endpoint("GET", "/api/annual-reports", "/api/annual-reports", null, Access.staff()),
            endpoint("GET", "/api/annual-reports/{id}", "/api/annual-reports/" + MISSING, null, Access.staff()),
            endpoint(
                    "POST",
                    "/api/annual-reports",
                    "/api/annual-reports",
                    Map.of("titleId", MISSING, "year", 2025),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "PUT",
                    "/api/annual-reports/{id}",
                    "/api/annual-reports/" + MISSING,
                    Map.of("text", "权限矩阵测试", "version", 0),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/annual-reports/{id}/attachments",
                    "/api/annual-reports/" + MISSING + "/attachments",
                    Map.of(),
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/annual-reports/{id}/attachments/{documentId}",
                    "/api/annual-reports/" + MISSING + "/attachments/" + MISSING,
                    null,
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/annual-reports/{id}/act",
                    "/api/annual-reports/" + MISSING + "/act",
                    Map.of("action", "ACT", "version", 0),
                    Access.staff()),
            endpoint("GET", "/api/report-settings", "/api/report-settings", null, Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "PUT",
                    "/api/report-settings",
                    "/api/report-settings",
                    Map.of("regulationCode", "NO-SUCH", "checkCode", "NO_SUCH", "monthDay", "03-31"),
                    Access.only(Role.PROVINCE_STAFF)),
            // report: Beautiful Inner Mongolia (004 art. 41); bad input (400) changes nothing
            endpoint(
                    "GET",
                    "/api/beautiful-im/overview",
                    "/api/beautiful-im/overview?year=2025",
                    null,
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "GET",
                    "/api/beautiful-im/reports",
                    "/api/beautiful-im/reports?year=2025",
                    null,
                    Access.only(Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/beautiful-im/reports",
                    "/api/beautiful-im/reports",
                    Map.of("year", 2025, "text", ""),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/beautiful-im/consolidations",
                    "/api/beautiful-im/consolidations",
                    Map.of("year", 1999),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "GET",
                    "/api/beautiful-im/consolidations/{id}/{format}",
                    "/api/beautiful-im/consolidations/" + MISSING + "/pdf",
                    null,
                    Access.only(Role.PROVINCE_STAFF)),
            // rewards (issue 13 §6): staff read in scope, the province's staff record and correct; no DELETE
            endpoint(
                    "GET",
                    "/api/titles/{titleId}/rewards",
                    "/api/titles/" + MISSING + "/rewards",
                    null,
                    Access.staff()),
            endpoint(
                    "POST",
                    "/api/titles/{titleId}/rewards",
                    "/api/titles/" + MISSING + "/rewards",
                    Map.of("amount", 1, "awardedOn", "2026-01-01", "documentNumber", "x", "issuingBody", "x"),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint("GET", "/api/rewards", "/api/rewards", null, Access.staff()),
            endpoint("GET", "/api/rewards/export", "/api/rewards/export", null, Access.staff()),
            endpoint("GET", "/api/rewards/{id}", "/api/rewards/" + MISSING, null, Access.staff()),
            endpoint(
                    "PUT",
                    "/api/rewards/{id}",
                    "/api/rewards/" + MISSING,
                    Map.of(
                            "amount",
                            1,
                            "awardedOn",
                            "2026-01-01",
                            "documentNumber",
                            "x",
                            "issuingBody",
                            "x",
                            "version",
                            0,
                            "reason",
                            "x"),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "POST",
                    "/api/rewards/{id}/document",
                    "/api/rewards/" + MISSING + "/document?version=0",
                    null,
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "GET", "/api/rewards/{id}/document", "/api/rewards/" + MISSING + "/document", null, Access.staff()),
            // the candidacy archive (issue 13 §6): the province's staff and the subject (others in scope 404)
            endpoint(
                    "GET",
                    "/api/candidacies/{id}/archive",
                    "/api/candidacies/" + MISSING + "/archive",
                    null,
                    Access.staff()),
            // the public progress page of a titled area (issue 13 §7), no login
            endpoint(
                    "GET",
                    "/api/public/progress/{regionCode}",
                    "/api/public/progress/150428?programme=ECO_CIVILIZATION_ZONE",
                    null,
                    Access.everyone()),
            // typical cases (issue 13 §5): staff read, governments recommend, the offices decide, experts score
            endpoint("GET", "/api/cases", "/api/cases", null, Access.staff()),
            endpoint("GET", "/api/cases/my-reviews", "/api/cases/my-reviews", null, Access.only(Role.EXPERT)),
            endpoint("GET", "/api/cases/{id}", "/api/cases/" + MISSING, null, Access.business()),
            // a case without a programme is refused (400): nothing is created
            endpoint(
                    "POST",
                    "/api/cases",
                    "/api/cases",
                    Map.of("title", "权限矩阵案例"),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "PUT",
                    "/api/cases/{id}",
                    "/api/cases/" + MISSING,
                    Map.of("version", 0),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/cases/{id}/recommendation",
                    "/api/cases/" + MISSING + "/recommendation",
                    Map.of("version", 0),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/cases/{id}/photos",
                    "/api/cases/" + MISSING + "/photos",
                    Map.of(),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "DELETE",
                    "/api/cases/{id}/photos/{documentId}",
                    "/api/cases/" + MISSING + "/photos/" + MISSING + "?version=0",
                    null,
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "GET",
                    "/api/cases/{id}/photos/{documentId}",
                    "/api/cases/" + MISSING + "/photos/" + MISSING,
                    null,
                    Access.business()),
            endpoint(
                    "GET",
                    "/api/cases/{id}/candidates",
                    "/api/cases/" + MISSING + "/candidates",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "POST",
                    "/api/cases/{id}/reviewers",
                    "/api/cases/" + MISSING + "/reviewers",
                    Map.of("version", 0, "expertIds", List.of(MISSING)),
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint(
                    "PUT",
                    "/api/cases/{id}/scores",
                    "/api/cases/" + MISSING + "/scores",
                    Map.of("scores", List.of()),
                    Access.only(Role.EXPERT)),
            endpoint(
                    "POST",
                    "/api/cases/{id}/decisions/{action}",
                    "/api/cases/" + MISSING + "/decisions/publish",
                    Map.of("version", 0),
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            // a year before 2000 is refused (400): nothing is generated
            endpoint(
                    "POST",
                    "/api/cases/collections",
                    "/api/cases/collections",
                    Map.of("year", 1800),
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)),
            endpoint("GET", "/api/public/cases", "/api/public/cases", null, Access.everyone()),
            endpoint("GET", "/api/public/cases/{id}", "/api/public/cases/" + MISSING, null, Access.everyone()),
            endpoint(
                    "GET",
                    "/api/public/cases/{id}/photos/{documentId}",
                    "/api/public/cases/" + MISSING + "/photos/" + MISSING,
                    null,
                    Access.everyone()),
            endpoint("GET", "/api/public/case-collections", "/api/public/case-collections", null, Access.everyone()),
            endpoint(
                    "GET",
                    "/api/public/case-collections/{id}/document",
                    "/api/public/case-collections/" + MISSING + "/document",
                    null,
                    Access.everyone()),
            // session 14 (review finding 12): the rectification report's documents, uploaded by the subject,
            // downloaded by whoever reads the rectification
            endpoint(
                    "POST",
                    "/api/rectifications/{id}/documents",
                    "/api/rectifications/" + MISSING + "/documents",
                    Map.of(),
                    Access.only(Role.PREFECTURE_GOVERNMENT, Role.COUNTY_GOVERNMENT, Role.CONSTRUCTION_SUBJECT)),
            endpoint(
                    "GET",
                    "/api/rectifications/{id}/documents/{documentId}",
                    "/api/rectifications/" + MISSING + "/documents/" + MISSING,
                    null,
                    Access.only(
                            Role.PROVINCE_STAFF,
                            Role.PREFECTURE_STAFF,
                            Role.PREFECTURE_GOVERNMENT,
                            Role.COUNTY_GOVERNMENT,
                            Role.CONSTRUCTION_SUBJECT)),
            // s14 F4: a league reads its own Beautiful IM report (another's 404), the department reminds the
            // leagues that have not sent (a year out of range: 400, nobody notified); whether 年度评估 applies
            endpoint(
                    "GET",
                    "/api/beautiful-im/reports/{id}",
                    "/api/beautiful-im/reports/" + MISSING,
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/beautiful-im/reminders",
                    "/api/beautiful-im/reminders",
                    Map.of("year", 1999),
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "GET",
                    "/api/beautiful-im/sender",
                    "/api/beautiful-im/sender",
                    null,
                    Access.only(Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "GET",
                    "/api/annual-evaluations/applicability",
                    "/api/annual-evaluations/applicability",
                    null,
                    Access.only(Role.COMMITTEE_OFFICE, Role.PREFECTURE_STAFF, Role.COUNTY_GOVERNMENT)),
            // indicator: the editions offered to the current user (issue 14 §1)
            endpoint(
                    "GET",
                    "/api/indicator-editions/applicable",
                    "/api/indicator-editions/applicable",
                    null,
                    Access.business()),
            // s14-confirm: the audit log's export, the audit admin only (三员分立)
            endpoint(
                    "GET",
                    "/api/audit/records/export",
                    "/api/audit/records/export?from=2000-01-01&to=2000-01-01",
                    null,
                    Access.only(Role.AUDIT_ADMIN)),
            // s15-entry: evidence removed before submission, with a reason (issue 14 §2)
            endpoint(
                    "POST",
                    "/api/indicator-values/{edition}/{region}/{year}/{indicator}/evidence/{id}/removal",
                    "/api/indicator-values/GZ-2SZS-2021/152502/2025/GZ-01/evidence/1/removal",
                    Map.of("reason", "上传错了文件"),
                    Access.only(
                            Role.PROVINCE_STAFF,
                            Role.COUNTY_GOVERNMENT,
                            Role.CONSTRUCTION_SUBJECT,
                            Role.PREFECTURE_GOVERNMENT,
                            Role.PREFECTURE_STAFF,
                            Role.COMMITTEE_OFFICE)),
            // s15-plans: the plan, work plan and deadline lists' exports, role-checked as their lists
            endpoint("GET", "/api/plans/export", "/api/plans/export?q=matrix-none", null, Access.staff()),
            endpoint("GET", "/api/work-plans/export", "/api/work-plans/export?q=matrix-none", null, Access.staff()),
            endpoint("GET", "/api/deadlines/export", "/api/deadlines/export?q=matrix-none", null, Access.business()),
            // s15-org: the 机构树, disabling and enabling accounts, user and organization workbooks (issue 14 §6)
            endpoint(
                    "GET",
                    "/api/organizations/tree",
                    "/api/organizations/tree",
                    null,
                    Access.only(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN)),
            endpoint(
                    "POST",
                    "/api/users/{id}/disable",
                    "/api/users/" + MISSING + "/disable",
                    Map.of("reason", "权限矩阵", "version", 0),
                    Access.only(Role.SYSTEM_ADMIN)),
            endpoint(
                    "POST",
                    "/api/users/{id}/enable",
                    "/api/users/" + MISSING + "/enable",
                    Map.of("reason", "权限矩阵", "version", 0),
                    Access.only(Role.SYSTEM_ADMIN)),
            endpoint(
                    "GET",
                    "/api/users/export",
                    "/api/users/export",
                    null,
                    Access.only(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN)),
            endpoint(
                    "GET",
                    "/api/organizations/export",
                    "/api/organizations/export",
                    null,
                    Access.only(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN)),
            endpoint("POST", "/api/users/import", "/api/users/import", Map.of(), Access.only(Role.SYSTEM_ADMIN)),
            endpoint(
                    "POST",
                    "/api/organizations/import",
                    "/api/organizations/import",
                    Map.of(),
                    Access.only(Role.SYSTEM_ADMIN)),
            // s15-scorecard: the scorecard's, the ranking's and the league summary's workbooks, as the pages
            endpoint(
                    "GET",
                    "/api/evaluations/export",
                    "/api/evaluations/export?edition=GZ-2SZS-2021&region=152502&year=2025",
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/evaluations/ranking/export",
                    "/api/evaluations/ranking/export?edition=GZ-2SZS-2021&parent=152502&year=2025",
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/evaluations/summary/export",
                    "/api/evaluations/summary/export?edition=GZ-2SZS-2021&parent=152502&year=2025",
                    null,
                    Access.staff()),
            // s15-scorecard: region attributes for many regions from Excel, the province department as for one
            endpoint(
                    "GET",
                    "/api/region-attributes/template",
                    "/api/region-attributes/template",
                    null,
                    Access.only(Role.PROVINCE_STAFF)),
            endpoint(
                    "POST",
                    "/api/region-attributes/import",
                    "/api/region-attributes/import",
                    Map.of(),
                    Access.only(Role.PROVINCE_STAFF)),
            // s15-portal: 先审后发 of the column items (issue 14 §7), their files, the public files
            endpoint(
                    "GET",
                    "/api/column-items/awaiting",
                    "/api/column-items/awaiting",
                    null,
                    Access.only(
                            Role.COUNTY_GOVERNMENT,
                            Role.PREFECTURE_GOVERNMENT,
                            Role.CONSTRUCTION_SUBJECT,
                            Role.PREFECTURE_STAFF,
                            Role.PROVINCE_STAFF)),
            endpoint(
                    "PUT",
                    "/api/column-items/{id}",
                    "/api/column-items/" + MISSING + "?version=0",
                    Map.of("programme", "NO_SUCH_PROGRAMME"),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT, Role.CONSTRUCTION_SUBJECT)),
            endpoint(
                    "POST",
                    "/api/column-items/{id}/submit",
                    "/api/column-items/" + MISSING + "/submit?version=0",
                    Map.of(),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT, Role.CONSTRUCTION_SUBJECT)),
            endpoint(
                    "POST",
                    "/api/column-items/{id}/publish",
                    "/api/column-items/" + MISSING + "/publish?version=0",
                    Map.of(),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT, Role.CONSTRUCTION_SUBJECT)),
            endpoint(
                    "POST",
                    "/api/column-items/{id}/approve",
                    "/api/column-items/" + MISSING + "/approve?version=0",
                    Map.of(),
                    Access.only(
                            Role.COUNTY_GOVERNMENT,
                            Role.PREFECTURE_GOVERNMENT,
                            Role.CONSTRUCTION_SUBJECT,
                            Role.PREFECTURE_STAFF,
                            Role.PROVINCE_STAFF)),
            endpoint(
                    "POST",
                    "/api/column-items/{id}/return",
                    "/api/column-items/" + MISSING + "/return?version=0",
                    Map.of(),
                    Access.only(
                            Role.COUNTY_GOVERNMENT,
                            Role.PREFECTURE_GOVERNMENT,
                            Role.CONSTRUCTION_SUBJECT,
                            Role.PREFECTURE_STAFF,
                            Role.PROVINCE_STAFF)),
            endpoint(
                    "POST",
                    "/api/column-items/{id}/files",
                    "/api/column-items/" + MISSING + "/files?version=0",
                    Map.of(),
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT, Role.CONSTRUCTION_SUBJECT)),
            endpoint(
                    "DELETE",
                    "/api/column-items/{id}/files/{documentId}",
                    "/api/column-items/" + MISSING + "/files/" + MISSING + "?version=0",
                    null,
                    Access.only(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT, Role.CONSTRUCTION_SUBJECT)),
            endpoint(
                    "GET",
                    "/api/column-items/{id}/files/{documentId}",
                    "/api/column-items/" + MISSING + "/files/" + MISSING,
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/public/column-items/{id}/files/{documentId}",
                    "/api/public/column-items/" + MISSING + "/files/" + MISSING,
                    null,
                    Access.everyone()),
            endpoint("GET", "/api/public/portal", "/api/public/portal", null, Access.everyone()),
            // s15-overview: a year's review history (staff, in scope); the league's overview, its 催报 and the
            // batch confirmation (year 2099 lies outside the edition: 400, nothing changes)
            endpoint(
                    "GET",
                    "/api/indicator-reviews",
                    "/api/indicator-reviews?edition=GZ-2SZS-2021&region=152502&year=2025",
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/indicator-overview",
                    "/api/indicator-overview?edition=GZ-2SZS-2021&year=2099",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/indicator-overview/remind",
                    "/api/indicator-overview/remind",
                    Map.of("edition", "GZ-2SZS-2021", "year", 2099, "regions", List.of("520302")),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "POST",
                    "/api/indicator-overview/confirm",
                    "/api/indicator-overview/confirm",
                    Map.of("edition", "GZ-2SZS-2021", "year", 2099, "items", List.of(Map.of("region", "520302"))),
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            endpoint(
                    "GET",
                    "/api/key-projects/from-plan/{planId}",
                    "/api/key-projects/from-plan/" + MISSING,
                    null,
                    Access.staff()),
            // s17-lists-b: the exports of the supervision-, public- and admin-side lists (issue 14 §5)
            endpoint(
                    "GET",
                    "/api/rectifications/export",
                    "/api/rectifications/export?year=1999",
                    null,
                    Access.only(
                            Role.PROVINCE_STAFF,
                            Role.PREFECTURE_STAFF,
                            Role.PREFECTURE_GOVERNMENT,
                            Role.COUNTY_GOVERNMENT,
                            Role.CONSTRUCTION_SUBJECT)),
            endpoint(
                    "GET",
                    "/api/enforcement-proposals/export",
                    "/api/enforcement-proposals/export?year=1999",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF)),
            endpoint(
                    "GET",
                    "/api/supervision-checks/export",
                    "/api/supervision-checks/export?year=1999",
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/column-items/export",
                    "/api/column-items/export?programme=ECO_CIVILIZATION_ZONE&year=1999",
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/construction-units/export",
                    "/api/construction-units/export?q=x2",
                    null,
                    Access.only(UNIT_ROLES)),

            // the API description (springdoc, ADR 0051): the system administrator only
            endpoint("GET", "/v3/api-docs", "/v3/api-docs", null, Access.only(Role.SYSTEM_ADMIN)),
            endpoint("GET", "/v3/api-docs.yaml", "/v3/api-docs.yaml", null, Access.only(Role.SYSTEM_ADMIN)),

            // s17-plans: the promulgation carrying its issuing document (issue 14 §4, ADR 0056)
            endpoint(
                    "POST",
                    "/api/plans/{id}/promulgation",
                    "/api/plans/" + MISSING + "/promulgation",
                    Map.of(),
                    Access.staff()),
            // the review-side lists' exports (issue 14 §5): the same readers as their lists
            endpoint("GET", "/api/dossiers/export", "/api/dossiers/export", null, Access.staff()),
            endpoint(
                    "GET",
                    "/api/publicity/notices/export",
                    "/api/publicity/notices/export",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint(
                    "GET",
                    "/api/publicity/complaints/export",
                    "/api/publicity/complaints/export",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint("GET", "/api/titles/export", "/api/titles/export", null, Access.staff()),
            // s18-a: the exports of rounds, opinions, cases and panels, read by their lists' readers
            endpoint(
                    "GET",
                    "/api/application-rounds/export",
                    "/api/application-rounds/export?q=matrix-none",
                    null,
                    Access.staff()),
            endpoint(
                    "GET",
                    "/api/opinions/export",
                    "/api/opinions/export?q=matrix-none",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.PREFECTURE_STAFF, Role.PREFECTURE_GOVERNMENT)),
            endpoint("GET", "/api/cases/export", "/api/cases/export?q=matrix-none", null, Access.staff()),
            endpoint(
                    "GET",
                    "/api/review/panels/export",
                    "/api/review/panels/export?q=matrix-none",
                    null,
                    Access.only(Role.PROVINCE_STAFF, Role.COMMITTEE_OFFICE)));

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    private final Map<Role, String> usernames = new EnumMap<>(Role.class);
    private final Map<Role, Browser> browsers = new EnumMap<>(Role.class);
    private Browser anonymous;

    /** A user of the role in a region where the matrix's actions are in its scope. */
    private static String regionFor(Role role) {
        return switch (role) {
            case SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN, PROVINCE_STAFF, DIVISION_REVIEWER, EXPERT -> "150000";
            case PREFECTURE_STAFF, PREFECTURE_GOVERNMENT, COMMITTEE_OFFICE -> "152500";
            // a construction subject's organization sits at county or township level
            case COUNTY_GOVERNMENT, CONSTRUCTION_SUBJECT -> "152502";
        };
    }

    private String username(Role role) {
        return usernames.computeIfAbsent(role, r -> fixtures.user(r, regionFor(r)));
    }

    /** The role's logged-in browser, logged in once and reused. */
    private Browser browser(Role role) {
        return browsers.computeIfAbsent(role, this::newSession);
    }

    private Browser newSession(Role role) {
        Browser browser = new Browser(port);
        Response login = browser.login(username(role), Fixtures.PASSWORD);
        assertThat(login.status()).as("login of %s: %s", role, login).isEqualTo(200);
        return browser;
    }

    private Browser anonymous() {
        if (anonymous == null) {
            anonymous = new Browser(port);
        }
        return anonymous;
    }

    private Response call(Endpoint endpoint, Role role) {
        Browser browser;
        if (role == null) {
            browser = endpoint.freshSession() ? new Browser(port) : anonymous();
        } else {
            browser = endpoint.freshSession() ? newSession(role) : browser(role);
        }
        return browser.send(endpoint.method(), endpoint.path(), endpoint.body());
    }

    @TestFactory
    Stream<DynamicContainer> everyRoleGetsTheAuthorizationDecisionOfTheMatrix() {
        return MATRIX.stream().map(endpoint -> {
            List<DynamicTest> tests = new ArrayList<>();
            for (Role role : Role.values()) {
                boolean allowed = endpoint.access().roles().contains(role);
                tests.add(dynamicTest(
                        role + (allowed ? " is allowed" : " is refused with 403"),
                        () -> check(endpoint, role, allowed)));
            }
            boolean anonymousAllowed = endpoint.access().anonymous();
            tests.add(dynamicTest(
                    "anonymous " + (anonymousAllowed ? "is allowed" : "is refused with 401"),
                    () -> check(endpoint, null, anonymousAllowed)));
            return dynamicContainer(endpoint.key(), tests);
        });
    }

    /** The answer for a failure message, cut short: lists can be long. */
    private static String shortly(Response response) {
        String text = response.toString();
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }

    private void check(Endpoint endpoint, Role role, boolean allowed) {
        Response response = call(endpoint, role);
        String who = role == null ? "anonymous" : role.name();
        if (allowed) {
            assertThat(response.status())
                    .as(
                            "%s %s by %s should pass the authorization check: %s",
                            endpoint.method(), endpoint.path(), who, shortly(response))
                    .isNotIn(401, 403)
                    .isLessThan(500);
        } else if (role == null) {
            assertThat(response.status())
                    .as("%s %s by %s: %s", endpoint.method(), endpoint.path(), who, shortly(response))
                    .isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.code()).isEqualTo("unauthenticated");
        } else {
            assertThat(response.status())
                    .as("%s %s by %s: %s", endpoint.method(), endpoint.path(), who, shortly(response))
                    .isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.code()).as(shortly(response)).isEqualTo("forbidden");
            // the role denial, not a data-scope refusal (which shares the code)
            assertThat(response.json().path("detail").asString())
                    .as(shortly(response))
                    .isEqualTo(messages.getMessage("error.forbidden", null, Locale.SIMPLIFIED_CHINESE));
        }
    }

    @Test
    void everyApiEndpointHasARowInTheMatrix() {
        Set<String> mapped = apiEndpoints();
        Set<String> rows = MATRIX.stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(MATRIX).extracting(Endpoint::key).doesNotHaveDuplicates();
        assertThat(mapped)
                .as("endpoints without a row in AuthorizationMatrixIT.MATRIX; add one saying who may call it")
                .isSubsetOf(rows);
        assertThat(rows).as("matrix rows for endpoints that no longer exist").isSubsetOf(mapped);
    }

    @Test
    void everyRowsConcretePathMatchesItsTemplate() {
        assertThat(MATRIX).allSatisfy(endpoint -> {
            String path = endpoint.path().split("\\?", 2)[0];
            assertThat(PathPatternParser.defaultInstance
                            .parse(endpoint.template())
                            .matches(PathContainer.parsePath(path)))
                    .as("%s matches %s", path, endpoint.template())
                    .isTrue();
        });
    }

    /** 三员分立: the role that manages users never reads the audit log. */
    @Test
    void noRoleBothManagesUsersAndReadsTheAuditLog() {
        Endpoint createUser = row("POST /api/users");
        Endpoint readAudit = row("GET /api/audit/records");
        Set<Role> both = EnumSet.noneOf(Role.class);
        both.addAll(createUser.access().roles());
        both.retainAll(readAudit.access().roles());
        assertThat(both)
                .as("roles that both manage users and read the audit log, by the matrix")
                .isEmpty();

        List<Role> managers = new ArrayList<>();
        List<Role> auditors = new ArrayList<>();
        for (Role role : Role.values()) {
            if (passesAuthorization(call(createUser, role))) {
                managers.add(role);
            }
            if (passesAuthorization(call(readAudit, role))) {
                auditors.add(role);
            }
        }
        assertThat(managers).as("roles the server lets create users").containsExactly(Role.SYSTEM_ADMIN);
        assertThat(auditors).as("roles the server lets read the audit log").containsExactly(Role.AUDIT_ADMIN);
        assertThat(managers).doesNotContainAnyElementsOf(auditors);
        // the security admin neither creates users nor reads the log
        assertThat(managers).doesNotContain(Role.SECURITY_ADMIN);
        assertThat(auditors).doesNotContain(Role.SECURITY_ADMIN);
    }

    private static boolean passesAuthorization(Response response) {
        return response.status() != 401 && response.status() != 403;
    }

    private static Endpoint row(String key) {
        return MATRIX.stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no matrix row " + key));
    }

    /**
     * Every method and pattern under /api (and springdoc's /v3) that Spring MVC maps, e.g. {@code PUT
     * /api/users/{id}}.
     */
    private Set<String> apiEndpoints() {
        RequestMappingHandlerMapping mapping =
                context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.equals("/api") && !pattern.startsWith("/api/") && !pattern.startsWith("/v3/")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    // a mapping for every method; it must be listed method by method
                    Arrays.stream(RequestMethod.values()).forEach(m -> endpoints.add(m.name() + " " + pattern));
                } else {
                    methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        }
        assertThat(endpoints).as("the API mappings were found").isNotEmpty();
        return endpoints;
    }
}
