package cn.ecozone.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ApiTest
class RegulationApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private static List<String> codes(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        response.json().forEach(r -> codes.add(r.get("code").asString()));
        return codes;
    }

    @Test
    void anonymousListShowsPublishedRegulationsOnly() {
        Response response = new Browser(port).get("/api/regulations");
        // every version: Guizhou's 1 to 4, Inner Mongolia's 1 to 3 (issues 11 to 13, docs/regulations.md)
        assertThat(codes(response))
                .containsExactly(
                        "GZ-TWOMTN-2021",
                        "GZ-TWOMTN-2021",
                        "GZ-TWOMTN-2021",
                        "GZ-TWOMTN-2021",
                        "IM-ECOCIV-2022",
                        "IM-ECOCIV-2022",
                        "IM-ECOCIV-2022",
                        "IM-TWOMTN-2022",
                        "IM-TWOMTN-2022",
                        "IM-TWOMTN-2022");
        assertThat(response.json().get(1).get("version").asInt()).isEqualTo(2);
        JsonNode first = response.json().get(0);
        assertThat(first.get("programme").asString()).isEqualTo("TWO_MOUNTAINS_BASE");
        assertThat(first.get("jurisdiction").asString()).isEqualTo("520000");
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("inForce").asString()).isEqualTo("2021-03-31");
        assertThat(first.get("titleZh").asString()).contains("贵州省");
    }

    @Test
    void anonymousDetailGivesEveryParameterWithItsArticle() {
        Response response = new Browser(port).get("/api/regulations/IM-ECOCIV-2022");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode county = response.json().path("plan").path("paths").get(0);
        assertThat(county.path("subjectLevel").asString()).isEqualTo("COUNTY");
        JsonNode file = county.path("steps").get(6);
        assertThat(file.path("code").asString()).isEqualTo("FILE");
        assertThat(file.path("deadline").path("workingDays").asInt()).isEqualTo(15);
        assertThat(file.path("deadline").path("counting").asString()).isEqualTo("NEXT_DAY");
        assertThat(file.path("citation").path("article").asString()).isEqualTo("第六条");
        assertThat(response.json()
                        .path("application")
                        .path("publicity")
                        .get(0)
                        .path("workingDays")
                        .asInt())
                .isEqualTo(5);
    }

    @Test
    void draftsAreShownOnlyToThoseWhoManageRegulations() {
        Response anonymous = new Browser(port).get("/api/regulations/XL-TWOMTN");
        assertThat(anonymous.status()).isEqualTo(404);

        for (Browser manager : List.of(as(Role.COMMITTEE_OFFICE, "152500"), as(Role.PROVINCE_STAFF, "150000"))) {
            assertThat(codes(manager.get("/api/regulations"))).contains("XL-TWOMTN");
            Response draft = manager.get("/api/regulations/XL-TWOMTN");
            assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
            assertThat(draft.json().path("status").asString()).isEqualTo("DRAFT");
        }

        // a Xilingol county works under the draft, but does not manage regulations: published ones only
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        assertThat(codes(county.get("/api/regulations")))
                .contains("IM-ECOCIV-2022")
                .doesNotContain("XL-TWOMTN");
        assertThat(county.get("/api/regulations/XL-TWOMTN").status()).isEqualTo(404);
        Response published = county.get("/api/regulations/IM-ECOCIV-2022");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(as(Role.PREFECTURE_STAFF, "152500")
                        .get("/api/regulations/XL-TWOMTN")
                        .status())
                .isEqualTo(404);
    }

    private Browser as(Role role, String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(role, region), Fixtures.PASSWORD);
        return b;
    }

    @Test
    void unknownCodeIsA404Problem() {
        Response response = new Browser(port).language("en").get("/api/regulations/NO-SUCH-RULES");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("not-found");
        assertThat(response.json().path("detail").asString()).isEqualTo("No regulation NO-SUCH-RULES");
    }

    @Test
    void theDetailGivesTheSupervisionAfterTheTitleWithTheDueDayAsAMonthDayAndThePeriodsWithTheirNotes() {
        JsonNode title =
                new Browser(port).get("/api/regulations/GZ-TWOMTN-2021").json().path("title");
        assertThat(title.path("anniversary").path("rule").asString()).isEqualTo("SAME_DATE_OR_MONTH_END");
        JsonNode summary = title.path("checks").get(0);
        assertThat(summary.path("code").asString()).isEqualTo("ANNUAL_SUMMARY");
        assertThat(summary.path("due").path("monthDay").asString()).isEqualTo("--03-31");
        assertThat(summary.path("due").path("citation").path("silent").asBoolean())
                .isTrue();
        assertThat(summary.path("paths").get(0).path("steps").size()).isEqualTo(3);
        JsonNode order = title.path("enforcement").path("rectificationOrder");
        assertThat(order.path("period").path("suggestedWorkingDays").asInt()).isEqualTo(60);
        assertThat(order.path("period").path("citation").path("uncertain").asBoolean())
                .isTrue();
        assertThat(title.path("enforcement").path("revocation").path("period").isNull())
                .isTrue();
    }
}
