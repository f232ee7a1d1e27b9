package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.Browser;
import cn.ecozone.support.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The title module's answers as the API description says (ADR 0058): titles, round overviews, platform
 * receipts and the public titles, read on the demo data in both provinces.
 */
class TitleAnswersMatchTheDescriptionIT extends AnswersOnTheDemo {

    @Test
    void titlesReceiptsAndRoundOverviewsAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        int titles = 0;
        int rows = 0;
        for (String user : List.of("im.staff", "gz.staff")) {
            Browser browser = login(user);
            titles += read(browser, "/api/titles", "/api/titles?size=100", differences)
                    .path("content")
                    .size();
            for (JsonNode round :
                    browser.get("/api/application-rounds?size=100").json().path("content")) {
                JsonNode overview = read(
                        browser,
                        "/api/round-overview/{roundId}",
                        "/api/round-overview/" + round.path("id").asLong() + "?size=100",
                        differences);
                rows += overview.path("content").size();
                for (JsonNode row : overview.path("content")) {
                    Response receipt = browser.get(
                            "/api/platform-receipts/" + row.path("dossierId").asLong());
                    if (receipt.status() == 200) {
                        described
                                .differences("/api/platform-receipts/{dossierId}", receipt.json())
                                .forEach(d -> differences.add("receipt " + d));
                    }
                }
            }
        }
        read(new Browser(port), "/api/public/titles", "/api/public/titles?size=100", differences);

        assertThat(titles).as("titles read").isPositive();
        assertThat(rows).as("round overview rows read").isPositive();
        assertThat(differences).isEmpty();
    }
}
