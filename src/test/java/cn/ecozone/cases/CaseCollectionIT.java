package cn.ecozone.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The yearly collection (Xilingol art. 14): the committee office generates the PDF of its published
 * cases of a year (three years back, which no other test publishes in), the anonymous public lists and
 * downloads it, and it holds each published case's title and figures, never an unpublished one's.
 */
@ApiTest
class CaseCollectionIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void theOfficesCollectionHoldsItsPublishedCasesAndThePublicDownloadsIt() throws IOException {
        CaseTestSteps steps = new CaseTestSteps(port, fixtures, jdbc);
        int year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear() - 3;
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, CaseTestSteps.XL_COUNTY);
        Browser office = steps.as(Role.COMMITTEE_OFFICE, CaseTestSteps.XL_OFFICE);
        assertThat(office.post("/api/cases/collections", Map.of("year", year - 20))
                        .status())
                .as("a year without published cases")
                .isEqualTo(422);

        String marker = "案例集" + System.nanoTime();
        published(steps, county, office, marker + "甲", year);
        published(steps, county, office, marker + "乙", year);
        CaseTestSteps.recommend(county, CaseTestSteps.draft(county, marker + "未发布", year));

        JsonNode made = CaseTestSteps.ok(office.post("/api/cases/collections", Map.of("year", year)), 201);
        assertThat(made.get("caseCount").asInt()).isEqualTo(2);
        assertThat(made.get("officeRegionName").asString()).isEqualTo("锡林郭勒盟");
        long id = made.get("id").asLong();
        Browser anonymous = new Browser(port);
        JsonNode list = CaseTestSteps.ok(anonymous.get("/api/public/case-collections?size=100"), 200);
        assertThat(list.get("content").findValuesAsString("id")).contains(String.valueOf(id));

        byte[] pdf = anonymous.download("/api/public/case-collections/" + id + "/document");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("锡林郭勒盟", year + "年", "目录", marker + "甲", marker + "乙", "牧民人均增收");
            assertThat(text).doesNotContain(marker + "未发布");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(4);
        }
        // generating again replaces the year's file: still one collection of the office and year
        JsonNode again = CaseTestSteps.ok(office.post("/api/cases/collections", Map.of("year", year)), 201);
        assertThat(again.get("id").asLong()).isEqualTo(id);
        assertThat(anonymous.get("/api/public/case-collections/-1/document").status())
                .isEqualTo(404);
    }

    /** A case of {@code year} taken through recommendation, one expert's review and publication, with a photo. */
    private static void published(CaseTestSteps steps, Browser county, Browser office, String title, int year) {
        JsonNode c =
                CaseTestSteps.recommend(county, CaseTestSteps.photo(county, CaseTestSteps.draft(county, title, year)));
        CaseTestSteps.Expert e = steps.expert("案例集专家" + System.nanoTime(), "150102");
        c = CaseTestSteps.appoint(office, c, e);
        CaseTestSteps.ok(CaseTestSteps.score(e, c.get("id").asLong(), 85), 200);
        c = CaseTestSteps.ok(CaseTestSteps.decide(office, c, "review", "PASS", "专家审核通过"), 200);
        CaseTestSteps.ok(CaseTestSteps.decide(office, c, "publish", null, "同意发布"), 200);
    }
}
