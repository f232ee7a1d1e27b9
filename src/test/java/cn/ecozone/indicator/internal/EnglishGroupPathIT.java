package cn.ecozone.indicator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 §8: a shipped edition's group headings have an English path (ours, from the edition file), the
 * Chinese path stays the edition's; the scorecard answers the group in the request's language; an edition
 * held from before the English paths gets them at the next start, and only where missing. Reads only,
 * apart from clearing and restoring the English paths of one edition.
 */
@ApiTest
class EnglishGroupPathIT {

    private static final String EDITION = "GZ-2SZS-2021";
    private static final String GROUP_ZH = "构筑绿水青山 / 环境质量";
    private static final String GROUP_EN = "Build lucid waters and lush mountains / Environmental quality";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EditionLoader loader;

    private Browser county() {
        Browser browser = new Browser(port);
        browser.login(fixtures.user(Role.COUNTY_GOVERNMENT, "520329"), Fixtures.PASSWORD);
        return browser;
    }

    private static JsonNode firstOfGroup(JsonNode rows, String field, String group) {
        return StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> group.equals(r.path(field).asString(null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row of group " + group + " in " + rows));
    }

    @Test
    void theEditionNamesEachGroupInEnglishBesideItsChinesePath() {
        JsonNode rows =
                county().get("/api/indicator-editions/" + EDITION).json().get("indicators");
        JsonNode row = firstOfGroup(rows, "group", GROUP_ZH);
        assertThat(row.get("groupEn").asString()).isEqualTo(GROUP_EN);
    }

    @Test
    void theScorecardAnswersTheGroupInTheRequestsLanguage() {
        String card = "/api/evaluations?edition=" + EDITION + "&region=520329&year=2034";
        JsonNode english = county().language("en").get(card).json().get("rows");
        firstOfGroup(english, "group", GROUP_EN);
        JsonNode chinese = county().language("zh-CN").get(card).json().get("rows");
        firstOfGroup(chinese, "group", GROUP_ZH);
    }

    @Test
    void anEditionHeldFromBeforeGetsItsEnglishPathsAtTheNextStartOnlyWhereMissing() throws Exception {
        String environment = "select group_path_en from indicator where edition_code = :e and group_path = :g";
        jdbc.sql("update indicator set group_path_en = null where edition_code = :e")
                .param("e", EDITION)
                .update();
        jdbc.sql("update indicator set group_path_en = :own where edition_code = :e and group_path = :g")
                .param("own", "kept as it is")
                .param("e", EDITION)
                .param("g", "推动“两山”转化 / 民生福祉")
                .update();
        try {
            loader.run(null);

            assertThat(jdbc.sql(environment)
                            .param("e", EDITION)
                            .param("g", GROUP_ZH)
                            .query(String.class)
                            .list())
                    .isNotEmpty()
                    .containsOnly(GROUP_EN);
            assertThat(jdbc.sql(environment)
                            .param("e", EDITION)
                            .param("g", "推动“两山”转化 / 民生福祉")
                            .query(String.class)
                            .list())
                    .as("an English path already there is left alone")
                    .containsOnly("kept as it is");
        } finally {
            jdbc.sql("update indicator set group_path_en = null where edition_code = :e")
                    .param("e", EDITION)
                    .update();
            loader.run(null);
        }
        assertThat(jdbc.sql("select count(*) from indicator where edition_code = :e and group_path_en is null")
                        .param("e", EDITION)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
