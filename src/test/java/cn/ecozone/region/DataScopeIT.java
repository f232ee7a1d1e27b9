package cn.ecozone.region;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Data scope: a user acts on its own region and below, never beside or above. */
@ApiTest
class DataScopeIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Browser as(Role role, String region) {
        Browser browser = new Browser(port);
        assertThat(browser.login(fixtures.user(role, region), Fixtures.PASSWORD).status())
                .isEqualTo(200);
        return browser;
    }

    private long createUnitInXilinhot(String name) {
        Response created = as(Role.COUNTY_GOVERNMENT, "152502")
                .post(
                        "/api/construction-units",
                        Map.of("regionCode", "152502", "name", name, "kind", "WATERSHED", "description", "试点"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void siblingCountysRecordIsInvisible() {
        long id = createUnitInXilinhot("锡林河上游小流域");
        Browser sibling = as(Role.COUNTY_GOVERNMENT, "152501"); // 二连浩特市, same league

        assertThat(sibling.get("/api/construction-units?size=100").json().get("content"))
                .extracting(u -> u.get("id").asLong())
                .doesNotContain(id);
        assertThat(sibling.get("/api/construction-units?region=152502").json().get("content"))
                .isEmpty();
        assertThat(sibling.get("/api/construction-units/" + id).status()).isEqualTo(404);
        assertThat(sibling.put("/api/construction-units/" + id, Map.of("name", "改名", "kind", "PARK", "version", 0))
                        .status())
                .isEqualTo(404);
        assertThat(sibling.delete("/api/construction-units/" + id).status()).isEqualTo(404);
        assertThat(as(Role.COUNTY_GOVERNMENT, "152502")
                        .get("/api/construction-units/" + id)
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("锡林河上游小流域");
    }

    @Test
    void leagueSeesItsCountiesRecordsButAnotherProvinceDoesNot() {
        long id = createUnitInXilinhot("白音锡勒园区");
        assertThat(as(Role.PREFECTURE_STAFF, "152500")
                        .get("/api/construction-units/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(as(Role.PROVINCE_STAFF, "150000")
                        .get("/api/construction-units/" + id)
                        .status())
                .isEqualTo(200);
        assertThat(as(Role.PROVINCE_STAFF, "520000")
                        .get("/api/construction-units/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(as(Role.PREFECTURE_STAFF, "150100")
                        .get("/api/construction-units/" + id)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void countyCannotCreateAUnitInASiblingCounty() {
        Response refused = as(Role.COUNTY_GOVERNMENT, "152501")
                .post("/api/construction-units", Map.of("regionCode", "152502", "name", "越界单元", "kind", "PARK"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(as(Role.PREFECTURE_STAFF, "152500")
                        .get("/api/construction-units?region=152502&size=100")
                        .json()
                        .get("content"))
                .extracting(u -> u.get("name").asString())
                .doesNotContain("越界单元");
    }

    @Test
    void countyCreatesAUnitUnderOneOfItsTownships() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        String township = county.get("/api/regions/152502/children")
                .json()
                .get(0)
                .get("code")
                .asString();
        Response created = county.post(
                "/api/construction-units", Map.of("regionCode", township, "name", "嘎查示范点", "kind", "VILLAGE"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("regionCode").asString()).isEqualTo(township);
    }

    @Test
    void duplicateNameUnderTheSameRegionIs409AndConcurrentEditsConflict() {
        long id = createUnitInXilinhot("同名测试单元");
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        Response duplicate = county.post(
                "/api/construction-units", Map.of("regionCode", "152502", "name", "同名测试单元", "kind", "PARK"));
        assertThat(duplicate.status()).isEqualTo(409);

        assertThat(county.put("/api/construction-units/" + id, Map.of("name", "第一次修改", "kind", "PARK", "version", 0))
                        .status())
                .isEqualTo(200);
        Response stale =
                county.put("/api/construction-units/" + id, Map.of("name", "第二次修改", "kind", "PARK", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("刷新");
        assertThat(county.get("/api/construction-units/" + id)
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("第一次修改");
    }
}
