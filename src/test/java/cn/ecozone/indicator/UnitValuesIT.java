package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Values of construction units (建设单元) through HTTP: entered by the subject of the unit's region,
 * submitted and confirmed like the region's own year, kept apart from the region's own values, and
 * limited to the data scope of the unit's region.
 */
@ApiTest
class UnitValuesIT {

    static final String EDITION = IndicatorEvaluationIT.GUIZHOU;
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final byte[] PDF = cn.ecozone.support.TestFiles.PDF;

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

    /** Creates a village under the region as its county government; returns the unit's id. */
    private static long unit(Browser county, String region) {
        Response created = county.post(
                "/api/construction-units",
                Map.of("regionCode", region, "name", "测试村" + NAMES.incrementAndGet(), "kind", "VILLAGE"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static String value(String region, int year, String indicator, Long unit) {
        return "/api/indicator-values/" + EDITION + "/" + region + "/" + year + "/" + indicator
                + (unit == null ? "" : "?unit=" + unit);
    }

    private static String yearOf(String region, int year, Long unit) {
        return "/api/indicator-values?edition=" + EDITION + "&region=" + region + "&year=" + year
                + (unit == null ? "" : "&unit=" + unit);
    }

    private static String submission(String region, int year, String transition, Long unit) {
        return "/api/indicator-submissions/" + EDITION + "/" + region + "/" + year + "/" + transition
                + (unit == null ? "" : "?unit=" + unit);
    }

    private static Map<String, Object> number(double value) {
        return new HashMap<>(Map.of("value", value, "source", "村委会台账"));
    }

    @Test
    void unitYearIsEnteredSubmittedConfirmedByThePrefectureAndLockedAfterwards() {
        String county = "520102"; // 南明区, Guiyang
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        long unit = unit(subject, county);
        assertThat(subject.put(value(county, 2023, "GZ-05", unit), number(80)).status())
                .isEqualTo(200);

        JsonNode open = subject.get(yearOf(county, 2023, unit)).json();
        assertThat(open.get("unitId").asLong()).isEqualTo(unit);
        assertThat(open.get("unitName").asString()).startsWith("测试村");
        assertThat(IndicatorConfirmationIT.offers(open, "ACT", "SUBMIT")).isTrue();
        assertThat(cn.ecozone.support.MissingValues.submit(subject, submission(county, 2023, "SUBMIT", unit))
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("SUBMITTED");
        assertThat(subject.put(value(county, 2023, "GZ-05", unit), number(81)).status())
                .isEqualTo(409);

        Browser bureau = as(Role.PREFECTURE_STAFF, "520100");
        assertThat(bureau.get("/api/indicator-submissions/inbox?size=100")
                        .json()
                        .get("content"))
                .anySatisfy(s -> assertThat(s.get("unitId").asLong()).isEqualTo(unit));
        assertThat(IndicatorConfirmationIT.offers(
                        bureau.get(yearOf(county, 2023, unit)).json(), "ACT", "CONFIRM"))
                .isTrue();
        assertThat(bureau.put(value(county, 2023, "GZ-06", unit), number(1)).status())
                .isEqualTo(403);
        JsonNode confirmed =
                bureau.post(submission(county, 2023, "CONFIRM", unit), Map.of()).json();
        assertThat(confirmed.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("unitId").asLong()).isEqualTo(unit);

        assertThat(subject.put(value(county, 2023, "GZ-06", unit), number(90)).status())
                .isEqualTo(409);
        assertThat(subject.get(yearOf(county, 2023, unit)).json().get("mayEdit").asBoolean())
                .isFalse();
        assertThat(subject.get(yearOf(county, 2023, null)).json().get("state").asString())
                .as("the region's own year is untouched")
                .isEqualTo("OPEN");
        assertThat(subject.put(value(county, 2023, "GZ-05", null), number(96)).status())
                .isEqualTo(200);
    }

    @Test
    void unitValuesDoNotMixWithTheRegionsOwnValues() {
        String county = "520103"; // 云岩区
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        long unit = unit(subject, county);
        long other = unit(subject, county);
        assertThat(subject.put(value(county, 2022, "GZ-05", null), number(96.5)).status())
                .isEqualTo(200);
        assertThat(subject.put(value(county, 2022, "GZ-05", unit), number(70)).status())
                .as("a first entry for the unit, not a change of the region's value")
                .isEqualTo(200);

        JsonNode own = subject.get(yearOf(county, 2022, null)).json();
        assertThat(own.get("unitId").isNull()).isTrue();
        assertThat(own.get("values"))
                .singleElement()
                .satisfies(v -> assertThat(v.get("value").asDouble()).isEqualTo(96.5));
        assertThat(subject.get(yearOf(county, 2022, unit)).json().get("values"))
                .singleElement()
                .satisfies(v -> assertThat(v.get("value").asDouble()).isEqualTo(70));
        assertThat(subject.get(yearOf(county, 2022, other)).json().get("values"))
                .isEmpty();

        JsonNode card = subject.get(
                        "/api/evaluations?edition=" + EDITION + "&region=" + county + "&year=2022&unit=" + unit)
                .json();
        assertThat(card.get("unitId").asLong()).isEqualTo(unit);
        assertThat(card.get("rows"))
                .filteredOn(r -> r.get("code").asString().equals("GZ-05"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("value").asDouble()).isEqualTo(70));
        JsonNode regionCard = subject.get("/api/evaluations?edition=" + EDITION + "&region=" + county + "&year=2022")
                .json();
        assertThat(regionCard.get("unitId").isNull()).isTrue();
        assertThat(regionCard.get("rows"))
                .filteredOn(r -> r.get("code").asString().equals("GZ-05"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("value").asDouble()).isEqualTo(96.5));
    }

    @Test
    void evidenceBelongsToTheUnitsValue() {
        String county = "520111"; // 花溪区
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        long unit = unit(subject, county);
        subject.put(value(county, 2024, "GZ-02", unit), number(97));
        subject.put(value(county, 2024, "GZ-02", null), number(98));
        String evidence = "/api/indicator-values/" + EDITION + "/" + county + "/2024/GZ-02/evidence";

        Response attached = subject.upload(evidence + "?unit=" + unit, "村水质报告.pdf", PDF);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        assertThat(subject.get(evidence + "?unit=" + unit).json().get("content"))
                .hasSize(1);
        assertThat(subject.get(evidence).json().get("content")).isEmpty();
        long id = attached.json().get("id").asLong();
        assertThat(subject.download(evidence + "/" + id + "?unit=" + unit)).isEqualTo(PDF);
        assertThat(subject.get(evidence + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void aUnitOutsideTheScopeOrOfAnotherRegionIsNotFound() {
        String county = "520112"; // 乌当区
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        long unit = unit(subject, county);
        subject.put(value(county, 2023, "GZ-05", unit), number(75));
        cn.ecozone.support.MissingValues.submit(subject, submission(county, 2023, "SUBMIT", unit));

        Browser neighbour = as(Role.COUNTY_GOVERNMENT, "520113"); // 白云区
        assertThat(neighbour.get(yearOf(county, 2023, unit)).status()).isEqualTo(404);
        assertThat(neighbour.get(yearOf("520113", 2023, unit)).status())
                .as("the unit is not one of the neighbour's own region")
                .isEqualTo(404);
        assertThat(neighbour
                        .put(value("520113", 2023, "GZ-05", unit), number(1))
                        .status())
                .isEqualTo(404);
        assertThat(subject.get(yearOf(county, 2023, 999_999_999L)).status()).isEqualTo(404);

        Browser otherPrefecture = as(Role.PREFECTURE_STAFF, "520300"); // 遵义市
        assertThat(otherPrefecture
                        .post(submission(county, 2023, "CONFIRM", unit), Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(otherPrefecture
                        .get("/api/indicator-submissions/inbox?size=100")
                        .json()
                        .get("content"))
                .noneSatisfy(s -> assertThat(s.path("unitId").asLong()).isEqualTo(unit));
        assertThat(otherPrefecture
                        .get("/api/evaluations?edition=" + EDITION + "&region=" + county + "&year=2023&unit=" + unit)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aUnitHoldingValuesCannotBeDeleted() {
        String county = "520113"; // 白云区
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        long unit = unit(subject, county);
        long empty = unit(subject, county);
        subject.put(value(county, 2021, "GZ-05", unit), number(60));

        Response refused = subject.delete("/api/construction-units/" + unit);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("测试村");
        assertThat(subject.get("/api/construction-units/" + unit).status()).isEqualTo(200);
        assertThat(subject.get(yearOf(county, 2021, unit)).json().get("values")).hasSize(1);
        assertThat(subject.delete("/api/construction-units/" + empty).status()).isEqualTo(204);
    }
}
