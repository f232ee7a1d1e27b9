package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Labels follow the province's vocabulary (issue 14 §6): the current user comes with the words its
 * province uses for its levels and their governments, from region data (V110): a Guizhou user's say
 * 市（州）, never 盟市 or 行政公署; an Inner Mongolia user's say 盟市 and name the 行政公署.
 */
@ApiTest
class ProvinceVocabularyIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Map<String, JsonNode> vocabulary(String username) {
        JsonNode me = Browser.loggedIn(port, username).get("/api/auth/me").json();
        Map<String, JsonNode> byLevel = new HashMap<>();
        me.get("vocabulary").forEach(v -> byLevel.put(v.get("level").asString(), v));
        return byLevel;
    }

    @Test
    void aGuizhouUsersLabelsSayShiZhouAndAnInnerMongoliaUsersSayMengShi() {
        Map<String, JsonNode> gz = vocabulary(fixtures.user(Role.PREFECTURE_STAFF, "520300"));
        assertThat(gz.get("PREFECTURE").get("nameZh").asString()).isEqualTo("市（州）");
        assertThat(gz.get("PREFECTURE").get("governmentZh").asString()).isEqualTo("市（州）人民政府");
        assertThat(gz.get("COUNTY").get("nameZh").asString()).isEqualTo("县（市、区）");
        assertThat(gz.get("PROVINCE").get("nameZh").asString()).isEqualTo("省");
        assertThat(gz.values().toString()).doesNotContain("盟市").doesNotContain("行政公署");

        Map<String, JsonNode> im = vocabulary(fixtures.user(Role.COUNTY_GOVERNMENT, "152531"));
        assertThat(im.get("PREFECTURE").get("nameZh").asString()).isEqualTo("盟市");
        assertThat(im.get("PREFECTURE").get("governmentZh").asString()).isEqualTo("盟市人民政府（行政公署）");
        assertThat(im.get("COUNTY").get("nameEn").asString()).isEqualTo("banner or county (city, district)");
    }
}
