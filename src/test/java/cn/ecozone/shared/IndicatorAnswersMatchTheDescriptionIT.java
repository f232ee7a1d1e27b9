package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.Browser;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The indicator module's answers as the API description says (ADR 0058): editions, a year's values,
 * scorecards, trend, ranking, overview, inbox, reviews, drafts, a definition, the target kinds and an
 * evidence list with a file attached here, read on the demo data.
 */
class IndicatorAnswersMatchTheDescriptionIT extends AnswersOnTheDemo {

    /** 贵州“两山指数”, whose demo values every Guizhou county holds for 2020–2025. */
    private static final String GUIZHOU = "GZ-2SZS-2021";

    @Test
    void indicatorEditionsYearsScorecardsAndEvidenceAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        Browser county = login("cs.gov"); // 赤水市 (520381), demo values of 贵州“两山指数” 2020–2025
        read(county, "/api/indicator-editions", "/api/indicator-editions", differences);
        read(county, "/api/indicator-editions/applicable", "/api/indicator-editions/applicable", differences);
        read(county, "/api/indicator-editions/{code}", "/api/indicator-editions/" + GUIZHOU, differences);
        String year = "?edition=" + GUIZHOU + "&region=520381&year=2024";
        JsonNode values = read(county, "/api/indicator-values", "/api/indicator-values" + year, differences);
        read(county, "/api/evaluations", "/api/evaluations" + year, differences);
        read(county, "/api/indicator-reviews", "/api/indicator-reviews" + year, differences);
        read(
                county,
                "/api/evaluations/trend",
                "/api/evaluations/trend?edition=" + GUIZHOU + "&region=520381&indicator=GZ-01&from=2020&to=2025",
                differences);
        String value = "/api/indicator-values/" + GUIZHOU + "/520381/2024/GZ-01/evidence";
        Response attached = county.upload(value, "描述核对佐证.pdf", TestFiles.PDF);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        // the attached file is read back in the list (an evidence answer, with its nulls for a PDF's size in pixels)
        read(county, "/api/indicator-values/{edition}/{region}/{year}/{indicator}/evidence", value, differences);

        Browser league = login("zy.bureau");
        read(
                league,
                "/api/evaluations/ranking",
                "/api/evaluations/ranking?edition=" + GUIZHOU + "&parent=520300&year=2024",
                differences);
        read(
                league,
                "/api/indicator-overview",
                "/api/indicator-overview?edition=" + GUIZHOU + "&year=2024",
                differences);
        read(league, "/api/indicator-submissions/inbox", "/api/indicator-submissions/inbox", differences);

        Browser province = login("im.staff");
        read(province, "/api/indicator-drafts", "/api/indicator-drafts", differences);
        read(
                province,
                "/api/indicator-editions/{code}/definition",
                "/api/indicator-editions/BIM-2024/definition",
                differences);
        read(province, "/api/indicator-target-kinds", "/api/indicator-target-kinds", differences);
        read(province, "/api/evaluations", "/api/evaluations?edition=BIM-2024&region=150000&year=2024", differences);

        assertThat(values.path("values").size()).as("demo values read").isPositive();
        assertThat(differences).isEmpty();
    }
}
