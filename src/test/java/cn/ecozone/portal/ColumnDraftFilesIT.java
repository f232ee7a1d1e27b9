package cn.ecozone.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Review s15 #7: until a column item is published, its files are read only by its drafter and by those who
 * may approve it (ADR 0046: a colleague of the drafter's organization, the superior organization); anybody
 * else of the region's staff gets 404, as for an unknown file. Once published, they are public. The item is
 * one of 满洲里市 (150781, under 呼伦贝尔市 150700), whose column no other test writes.
 */
@ApiTest
class ColumnDraftFilesIT {

    private static final String COUNTY = "150781";
    private static final String LEAGUE = "150700";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private static JsonNode ok(Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        return r.json();
    }

    private static String step(JsonNode item, String action) {
        return "/api/column-items/" + item.get("id").asLong() + "/" + action + "?version="
                + item.get("version").asLong();
    }

    @Test
    void aDraftsFilesAreReadByTheDrafterAndItsApproversOnlyUntilItIsPublished() {
        long government = fixtures.organization(OrganizationKind.GOVERNMENT, COUNTY);
        Browser drafter = Browser.loggedIn(port, fixtures.userIn(Role.COUNTY_GOVERNMENT, government));
        Browser colleague = Browser.loggedIn(port, fixtures.userIn(Role.COUNTY_GOVERNMENT, government));
        Browser committeeOffice = Browser.loggedIn(port, fixtures.userIn(Role.COMMITTEE_OFFICE, government));
        Browser enterprise = Browser.loggedIn(port, fixtures.user(Role.CONSTRUCTION_SUBJECT, COUNTY));
        Browser league = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, LEAGUE));
        Browser department = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));
        Browser neighbour = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, "150782"));
        Browser anonymous = new Browser(port);

        JsonNode item = ok(
                drafter.post(
                        "/api/column-items",
                        Map.of(
                                "programme",
                                "TWO_MOUNTAINS_BASE",
                                "kind",
                                "KEY_WORK",
                                "title",
                                "满洲里市口岸生态廊道建设",
                                "body",
                                "完成口岸周边绿化带4公里。")),
                201);
        item = ok(
                drafter.upload(
                        "/api/column-items/" + item.get("id").asLong() + "/files?version="
                                + item.get("version").asLong(),
                        "廊道方案.pdf",
                        TestFiles.PDF),
                200);
        long pdf = item.get("files").get(0).get("documentId").asLong();
        String staffFile = "/api/column-items/" + item.get("id").asLong() + "/files/" + pdf;
        String publicFile = "/api/public/column-items/" + item.get("id").asLong() + "/files/" + pdf;

        // a draft: the drafter alone of the organization reads it, and its approvers
        assertThat(drafter.download(staffFile)).isEqualTo(TestFiles.PDF);
        assertThat(colleague.download(staffFile)).isEqualTo(TestFiles.PDF);
        assertThat(league.download(staffFile)).isEqualTo(TestFiles.PDF);
        assertThat(department.download(staffFile)).isEqualTo(TestFiles.PDF);
        assertThat(committeeOffice.get(staffFile).status()).isEqualTo(404);
        assertThat(enterprise.get(staffFile).status()).isEqualTo(404);
        assertThat(neighbour.get(staffFile).status()).isEqualTo(404);
        assertThat(anonymous.get(publicFile).status()).isEqualTo(404);

        item = ok(drafter.post(step(item, "submit"), Map.of()), 200);
        assertThat(committeeOffice.get(staffFile).status()).isEqualTo(404);
        item = ok(league.post(step(item, "approve"), Map.of()), 200);
        assertThat(committeeOffice.get(staffFile).status()).isEqualTo(404);
        assertThat(anonymous.get(publicFile).status()).isEqualTo(404);

        item = ok(drafter.post(step(item, "publish"), Map.of()), 200);
        assertThat(anonymous.download(publicFile)).isEqualTo(TestFiles.PDF);
        assertThat(committeeOffice.download(staffFile)).isEqualTo(TestFiles.PDF);
        assertThat(enterprise.download(staffFile)).isEqualTo(TestFiles.PDF);
        assertThat(neighbour.get(staffFile).status()).isEqualTo(404);

        assertThat(drafter.delete("/api/column-items/" + item.get("id").asLong() + "?version="
                                + item.get("version").asLong())
                        .status())
                .isEqualTo(204);
        assertThat(anonymous.get(publicFile).status()).isEqualTo(404);
        assertThat(committeeOffice.get(staffFile).status()).isEqualTo(404);
        assertThat(drafter.download(staffFile)).isEqualTo(TestFiles.PDF);
    }
}
