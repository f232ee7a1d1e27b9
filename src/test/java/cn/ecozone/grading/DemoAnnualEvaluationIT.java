package cn.ecozone.grading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.Browser;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The demo profile's annual evaluation: the committee office finds 锡林浩特市 graded and 二连浩特市 under
 * expert review, both labelled 演示, and 锡林浩特市's account reads its grade and feedback (the same
 * context and database as DemoDossiersIT).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class DemoAnnualEvaluationIT {

    @LocalServerPort
    int port;

    private Browser as(String account) {
        Browser b = new Browser(port);
        b.login(account, "Demo@2026");
        return b;
    }

    @Test
    void theOfficeFindsOneGradedAndOneUnderReviewAndTheCountyReadsItsGrade() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        JsonNode list =
                as("xl.committee").get("/api/annual-evaluations?year=" + year).json();
        JsonNode rows = list.get("evaluations").get("content");
        JsonNode xilinhot = null;
        JsonNode erlian = null;
        for (JsonNode r : rows) {
            switch (r.get("regionCode").asString()) {
                case "152502" -> xilinhot = r;
                case "152501" -> erlian = r;
                default -> {}
            }
        }
        assertThat(xilinhot).as(list.toString()).isNotNull();
        assertThat(erlian).as(list.toString()).isNotNull();
        assertThat(xilinhot.get("stage").asString()).isEqualTo("GRADED");
        assertThat(xilinhot.get("bandName").asString()).isEqualTo("良好");
        assertThat(erlian.get("stage").asString()).isEqualTo("UNDER_REVIEW");

        JsonNode own = as("xlht.gov")
                .get("/api/annual-evaluations/" + xilinhot.get("dossierId").asLong())
                .json();
        assertThat(own.get("grade").get("opinion").asString()).startsWith("【演示】");
        assertThat(own.get("grade").get("feedback").asString()).contains("重点项目");
    }
}
