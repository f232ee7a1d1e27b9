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
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8 §3: one validation of values that nothing bypasses (an empty {@code parts}, NaN, infinity,
 * out-of-range numbers), an evaluation that tolerates a poisoned stored value without failing the
 * province, and editions that refuse values of regions where they do not apply.
 */
@ApiTest
class ValueValidationIT {

    private static final String GUIZHOU = IndicatorEvaluationIT.GUIZHOU;
    private static final String PREFECTURE = "522600"; // 黔东南州: no other test holds its values
    private static final String COUNTY = "522622"; // 黄平县
    private static final String NEIGHBOUR = "522623"; // 施秉县

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private Browser county(String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(Role.COUNTY_GOVERNMENT, region), Fixtures.PASSWORD);
        return b;
    }

    private static String path(String region, int year, String indicator) {
        return "/api/indicator-values/" + GUIZHOU + "/" + region + "/" + year + "/" + indicator;
    }

    @Test
    void emptyPartsNaNInfinityAndNumbersOutOfRangeAreRefusedWhateverTheShape() {
        Browser county = county(COUNTY);
        String share = path(COUNTY, 2021, "GZ-02"); // a percentage
        String areas = path(COUNTY, 2021, "GZ-09"); // measured in parts
        for (String body : new String[] {
            "{\"value\":250,\"parts\":{}}",
            "{\"value\":-5,\"parts\":{}}",
            "{\"value\":250}",
            "{\"value\":\"NaN\"}",
            "{\"value\":\"Infinity\",\"parts\":{}}",
            "{\"value\":1e400}",
            "{\"value\":1e23,\"parts\":{}}",
        }) {
            Response r = county.sendRaw("PUT", share, body);
            assertThat(r.status()).as(body + " → " + r).isEqualTo(400);
        }
        for (String body : new String[] {
            "{\"parts\":{\"redline_area\":\"NaN\",\"protected_area_area\":10}}",
            "{\"parts\":{\"redline_area\":-1,\"protected_area_area\":10}}",
            "{\"parts\":{\"redline_area\":1e23}}",
            "{\"parts\":{\"unknown_part\":5}}",
            "{\"parts\":{}}",
        }) {
            Response r = county.sendRaw("PUT", areas, body);
            assertThat(r.status()).as(body + " → " + r).isEqualTo(400);
        }
        // parts on an indicator that has none are refused, not stored beside the number
        assertThat(county.sendRaw("PUT", share, "{\"value\":90,\"parts\":{\"x\":250}}")
                        .status())
                .isEqualTo(400);
        Response range = county.sendRaw("PUT", share, "{\"value\":250}");
        assertThat(range.json().get("detail").asString()).contains("0", "100", "250");

        assertThat(county.sendRaw("PUT", share, "{\"value\":97.5,\"parts\":{}}").status())
                .isEqualTo(200);
        assertThat(county.sendRaw("PUT", areas, "{\"parts\":{\"redline_area\":120.5,\"protected_area_area\":80}}")
                        .status())
                .isEqualTo(200);
        JsonNode year = county.get("/api/indicator-values?edition=" + GUIZHOU + "&region=" + COUNTY + "&year=2021")
                .json();
        for (JsonNode v : year.get("values")) {
            if (v.get("indicator").asString().equals("GZ-02")) {
                assertThat(v.get("value").asDouble()).isEqualTo(97.5);
                assertThat(v.get("parts").isNull())
                        .as("an empty parts map is not stored")
                        .isTrue();
            }
        }
    }

    @Test
    void aNaNStoredInTheDatabaseIsShownAsUnusableAndLeavesEveryOtherCountyEvaluable() {
        int year = 2033; // no other test holds Guizhou values of this year
        Browser county = county(COUNTY);
        Browser neighbour = county(NEIGHBOUR);
        assertThat(county.put(path(COUNTY, year, "GZ-01"), Map.of("value", 96.0))
                        .status())
                .isEqualTo(200);
        assertThat(neighbour
                        .put(path(NEIGHBOUR, year, "GZ-01"), Map.of("value", 90.0))
                        .status())
                .isEqualTo(200);
        assertThat(neighbour
                        .put(path(NEIGHBOUR, year, "GZ-08"), Map.of("value", 12.0))
                        .status())
                .isEqualTo(200);
        // written around the application, as an old row or a hand-made fix would be
        jdbc.update(
                "update indicator_value set number_value = ? where edition_code = ? and region_code = ?"
                        + " and data_year = ? and indicator_code = 'GZ-01'",
                Double.NaN,
                GUIZHOU,
                NEIGHBOUR,
                year);
        jdbc.update(
                "update indicator_value set number_value = ? where edition_code = ? and region_code = ?"
                        + " and data_year = ? and indicator_code = 'GZ-08'",
                -3.0,
                GUIZHOU,
                NEIGHBOUR,
                year);

        Response card = county.get("/api/evaluations?edition=" + GUIZHOU + "&region=" + COUNTY + "&year=" + year);
        assertThat(card.status()).as(card.toString()).isEqualTo(200);
        JsonNode judged = row(card.json(), "GZ-01");
        assertThat(judged.get("status").asString())
                .as("judged against a provincial average the NaN is left out of")
                .isIn("MET", "NOT_MET");
        assertThat(judged.get("reason").asString()).doesNotContain("NaN");

        Response poisoned =
                neighbour.get("/api/evaluations?edition=" + GUIZHOU + "&region=" + NEIGHBOUR + "&year=" + year);
        assertThat(poisoned.status()).as(poisoned.toString()).isEqualTo(200);
        for (String code : new String[] {"GZ-01", "GZ-08"}) {
            JsonNode row = row(poisoned.json(), code);
            assertThat(row.get("status").asString()).isEqualTo("NO_DATA");
            assertThat(row.get("unusable").asBoolean()).isTrue();
            assertThat(row.get("value").isNull()).isTrue();
            assertThat(row.get("reason").asString()).contains("无法使用");
        }

        Browser prefecture = new Browser(port);
        prefecture.login(fixtures.user(Role.PREFECTURE_STAFF, PREFECTURE), Fixtures.PASSWORD);
        Response ranking = prefecture.get(
                "/api/evaluations/ranking?edition=" + GUIZHOU + "&parent=" + PREFECTURE + "&year=" + year);
        assertThat(ranking.status()).as(ranking.toString()).isEqualTo(200);
        Response trend = neighbour.get("/api/evaluations/trend?edition=" + GUIZHOU + "&region=" + NEIGHBOUR
                + "&indicator=GZ-01&from=2032&to=2034");
        assertThat(trend.status()).as(trend.toString()).isEqualTo(200);
        assertThat(neighbour
                        .get("/api/indicator-values?edition=" + GUIZHOU + "&region=" + NEIGHBOUR + "&year=" + year)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anInnerMongoliaCountyCannotEnterOrSubmitValuesOfGuizhousEditionNorAPrefectureAtCountyLevel() {
        Browser xilinhot = county("152502");
        Response refused = xilinhot.put(path("152502", 2021, "GZ-01"), Map.of("value", 95.0));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains(GUIZHOU, "贵州省");
        assertThat(xilinhot.post("/api/indicator-submissions/" + GUIZHOU + "/152502/2021/SUBMIT", Map.of())
                        .status())
                .isEqualTo(422);

        Browser league = new Browser(port);
        league.login(fixtures.user(Role.PREFECTURE_GOVERNMENT, PREFECTURE), Fixtures.PASSWORD);
        Response level = league.put(path(PREFECTURE, 2021, "GZ-01"), Map.of("value", 95.0));
        assertThat(level.status()).as(level.toString()).isEqualTo(422);
        assertThat(level.json().get("detail").asString()).contains("县级");
    }

    @Test
    void theLevelsOfAnEditionAreNamedInTheReadersLanguage() {
        Browser league = new Browser(port);
        league.login(fixtures.user(Role.PREFECTURE_GOVERNMENT, PREFECTURE), Fixtures.PASSWORD);

        Response english = league.language("en").put(path(PREFECTURE, 2022, "GZ-03"), Map.of("value", 70.0));

        assertThat(english.status()).as(english.toString()).isEqualTo(422);
        assertThat(english.json().get("detail").asString())
                .startsWith("Edition " + GUIZHOU + " does not apply at the level of ")
                .endsWith("; it applies at: county level, township level")
                .doesNotContain("县级", "COUNTY");
        Response chinese = league.language("zh-CN").put(path(PREFECTURE, 2022, "GZ-03"), Map.of("value", 70.0));
        assertThat(chinese.json().get("detail").asString()).endsWith("；适用层级：县级、乡级");
    }

    static JsonNode row(JsonNode card, String code) {
        for (JsonNode row : card.get("rows")) {
            if (row.get("code").asString().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no " + code);
    }
}
