package cn.ecozone.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The deadline of a plan's step is explained in the user's language (issue 14 §8): a plan of
 * 察哈尔右翼后旗 (150928) promulgated on 2026-09-25, at its filing step, read in Chinese and in
 * English, in its detail and in the plan list.
 */
@ApiTest
class PlanDeadlineEnglishIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void theFilingStepsDeadlineIsExplainedInEnglishInTheDetailAndTheListWhenTheUserReadsEnglish() {
        Browser county = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, "150928"));
        Browser league = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "150900"));
        Browser province = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));
        String title = "期限说明语言" + System.nanoTime();
        JsonNode plan = PlanPathIT.drafted(county, title);
        plan = PlanPathIT.act(county, plan, "submit", Map.of());
        plan = PlanPathIT.act(league, plan, "examine", Map.of("opinion", "同意"));
        plan = PlanPathIT.act(
                province,
                plan,
                "review",
                Map.of("outcome", "PASS", "panel", "张三、李四、王五", "reviewedOn", "2026-06-10", "opinion", "通过"));
        plan = PlanPathIT.act(county, plan, "revised", Map.of());
        plan = PlanPathIT.act(
                county,
                plan,
                "promulgate",
                Map.of("body", "察哈尔右翼后旗人民政府", "promulgatedOn", "2026-09-25", "documentNumber", "察政发〔2026〕1号"));
        String path = "/api/plans/" + plan.get("id").asLong();

        String chineseList = county.get("/api/plans?q=" + title)
                .json()
                .get("content")
                .get(0)
                .get("filingExplanation")
                .toString();
        String chinese = county.get(path)
                .json()
                .get("run")
                .get("deadline")
                .get("explanation")
                .toString();
        String english = county.language("en")
                .get(path)
                .json()
                .get("run")
                .get("deadline")
                .get("explanation")
                .toString();

        assertThat(chinese).contains("2026-10-22").doesNotContain("Counting starts");
        assertThat(chineseList).contains("2026-10-22").doesNotContain("Counting starts");
        // the plan list's filing explanation follows the reader's language too
        String englishList = county.language("en")
                .get("/api/plans?q=" + title)
                .json()
                .get("content")
                .get(0)
                .get("filingExplanation")
                .toString();
        assertThat(englishList)
                .contains("Counting starts the day after 2026-09-25")
                .contains("2026-10-22");
        assertThat(english).contains("Counting starts the day after 2026-09-25").contains("2026-10-22");
    }
}
