package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The confirmation inbox is paged and takes the same number of SQL statements per request at 10 waiting
 * years as at 1,000 (issue 10); its items carry what the list shows, not the year's values. The years
 * are copies (other data years) of one submitted year of 威宁 (520526), in 毕节 (520500), where no other
 * test submits; the counted pages are full at 10 as at 1,000.
 */
@ApiTest
class IndicatorInboxStatementsIT {

    private static final String EDITION = IndicatorConfirmationIT.EDITION;
    private static final String COUNTY = "520526";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theInboxIsPagedAndTakesTheSameStatementsAtTenAndAtAThousandYears() {
        Browser subject = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY));
        String year = "/api/indicator-values/" + EDITION + "/" + COUNTY + "/2023/GZ-05";
        assertThat(subject.put(year, Map.of("value", 96.5, "source", "统计年鉴")).status())
                .isEqualTo(200);
        assertThat(cn.ecozone.support.MissingValues.submit(
                                subject, "/api/indicator-submissions/" + EDITION + "/" + COUNTY + "/2023/SUBMIT")
                        .status())
                .isEqualTo(200);
        long template = jdbc.queryForObject(
                "select id from indicator_submission where edition_code = ? and region_code = ? and data_year = 2023",
                Long.class,
                EDITION,
                COUNTY);
        Browser bureau = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "520500"));
        copies(template, 9, 5000);

        JsonNode page = bureau.get("/api/indicator-submissions/inbox?size=5").json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        assertThat(page.get("content")).hasSize(5);
        JsonNode item = page.get("content").get(0);
        assertThat(item.get("regionCode").asString()).isEqualTo(COUNTY);
        assertThat(item.get("regionName").asString()).isEqualTo("威宁彝族回族苗族自治县");
        assertThat(item.get("year").asInt()).isEqualTo(2023);
        assertThat(item.get("submittedBy").asString()).isNotBlank();
        assertThat(item.has("values")).as("the values come with the year").isFalse();
        assertThat(bureau.get("/api/indicator-submissions/inbox?size=5&page=1")
                        .json()
                        .get("content")
                        .findValuesAsString("regionCode"))
                .as("the second page")
                .hasSize(5);
        int atTen = bureau.statements("/api/indicator-submissions/inbox?size=5");

        copies(template, 990, 6000);
        JsonNode full = bureau.get("/api/indicator-submissions/inbox?size=5").json();
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(5);
        assertThat(bureau.get("/api/indicator-submissions/inbox?size=500")
                        .json()
                        .get("size")
                        .asInt())
                .as("the largest page")
                .isEqualTo(100);
        // the waiting years in scope, and the request's own (the session's user); names from the cached tree
        assertThat(bureau.statements("/api/indicator-submissions/inbox?size=5"))
                .isEqualTo(atTen)
                .isEqualTo(2);
        assertThat(Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "520400"))
                        .get("/api/indicator-submissions/inbox")
                        .json()
                        .get("content")
                        .findValuesAsString("regionCode"))
                .as("another prefecture's bureau")
                .doesNotContain(COUNTY);
    }

    /** {@code n} copies of the submitted year, for the data years from {@code firstYear} on. */
    private void copies(long template, int n, int firstYear) {
        Clones.of(jdbc, "indicator_submission", template, n, (i, row) -> row.put("data_year", firstYear + i));
    }
}
