package cn.ecozone.region;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The region tree is read from memory (ADR 0017) and an edit of a region's attributes shows in every
 * read of the tree as soon as it is answered: the region, its parent's children, the province's counties.
 */
@ApiTest
class RegionTreeCacheIT {

    /** 正镶白旗 (锡林郭勒盟). */
    private static final String COUNTY = "152529";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aChangedTerrainShowsInTheRegionItsParentsChildrenAndTheProvincesCountiesAtOnce() {
        Browser reader = new Browser(port);
        JsonNode before = reader.get("/api/regions/" + COUNTY).json();
        // every read below fills the tree from the database first
        assertThat(terrainIn(reader.get("/api/regions/152500/children")))
                .isEqualTo(before.get("terrain").asString());
        String terrain = before.get("terrain").asString().equals("HILL") ? "MOUNTAIN" : "HILL";
        Browser staff = new Browser(port);
        staff.login(fixtures.user(Role.PROVINCE_STAFF, "150000"), Fixtures.PASSWORD);

        Response changed = staff.put(
                "/api/regions/" + COUNTY + "/attributes",
                Map.of(
                        "terrain",
                        terrain,
                        "keyEcologicalFunctionArea",
                        before.get("keyEcologicalFunctionArea").asBoolean(),
                        "reason",
                        "依据地形普查结果更正",
                        "version",
                        before.get("version").asLong()));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode after = reader.get("/api/regions/" + COUNTY).json();
        assertThat(after.get("terrain").asString()).isEqualTo(terrain);
        assertThat(after.get("version").asLong())
                .isEqualTo(before.get("version").asLong() + 1);
        assertThat(terrainIn(reader.get("/api/regions/152500/children"))).isEqualTo(terrain);
        assertThat(terrainIn(reader.get("/api/regions/150000/descendants?level=COUNTY")))
                .isEqualTo(terrain);
    }

    private static String terrainIn(Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return StreamSupport.stream(list.json().spliterator(), false)
                .filter(r -> r.get("code").asString().equals(COUNTY))
                .findFirst()
                .orElseThrow()
                .get("terrain")
                .asString();
    }
}
