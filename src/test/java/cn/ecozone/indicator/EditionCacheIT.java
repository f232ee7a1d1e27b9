package cn.ecozone.indicator;

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
import tools.jackson.databind.JsonNode;

/**
 * Editions are cached once published (ADR 0017): a draft, which the editor changes, is never served
 * from the cache, so the first scorecard after publishing judges by the target as last edited.
 */
@ApiTest
class EditionCacheIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aScorecardAfterTheDraftWasEditedAndPublishedJudgesByTheEditedTarget() {
        Browser guizhou = new Browser(port);
        guizhou.login(fixtures.user(Role.PROVINCE_STAFF, "520000"), Fixtures.PASSWORD);
        String code = "T-EC-" + System.nanoTime() % 1_000_000;
        Response created = guizhou.post("/api/indicator-drafts", Map.of("header", EditionEditorIT.header(code)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode draft = put(
                guizhou,
                code,
                Map.of("kind", "AT_LEAST", "value", 60),
                created.json().get("version").asLong());
        String card = "/api/evaluations?edition=" + code + "&region=520329&year=2025";
        assertThat(guizhou.get(card).status()).as("a draft is not evaluated").isEqualTo(404);

        JsonNode edited = put(
                guizhou,
                code,
                Map.of("kind", "AT_LEAST", "value", 70),
                draft.get("version").asLong());
        Response published = guizhou.post(
                "/api/indicator-drafts/" + code + "/publish",
                Map.of("version", edited.get("version").asLong()));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "520329"), Fixtures.PASSWORD);
        assertThat(county.put("/api/indicator-values/" + code + "/520329/2025/F-01", Map.of("value", 65.0))
                        .status())
                .isEqualTo(200);

        JsonNode row = county.get(card).json().get("rows").get(0);
        assertThat(row.get("status").asString()).isEqualTo("NOT_MET");
        assertThat(row.get("appliedTarget").asString()).contains("70");
    }

    private static JsonNode put(Browser staff, String code, Map<String, Object> target, long version) {
        Response put = staff.put(
                "/api/indicator-drafts/" + code + "/indicators/F-01",
                Map.of("indicator", EditionEditorIT.indicator("F-01", target), "version", version));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        return put.json();
    }
}
