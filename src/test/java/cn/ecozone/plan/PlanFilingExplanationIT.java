package cn.ecozone.plan;

import static cn.ecozone.plan.PlanPathIT.act;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 §8: once the filing step has closed, a plan's filing explanation is rendered from its facts
 * in the reader's language (Accept-Language), in the detail and in the list, whatever language the
 * promulgating user read; a plan promulgated before V124 keeps its stored text. 化德县 (150922), whose
 * plans no other test writes, on the IM eco-civ path (IM eco-civ art. 6: filing within 15 working days
 * of promulgation), through HTTP.
 */
@ApiTest
class PlanFilingExplanationIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLateFilingIsExplainedInTheReadersLanguageAndAnOldPlanKeepsItsStoredText() {
        // the county promulgates reading English: what it read is not what is kept
        Browser county = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, "150922"))
                .language("en");
        Browser league = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "150900"));
        Browser province = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));
        String title = "化德县备案说明" + System.nanoTime();
        JsonNode plan = PlanPathIT.drafted(county, title);
        plan = act(county, plan, "submit", Map.of());
        plan = act(league, plan, "examine", Map.of("opinion", "同意"));
        plan = act(
                province,
                plan,
                "review",
                Map.of("outcome", "PASS", "panel", "张三、李四、王五", "reviewedOn", "2026-06-10", "opinion", "通过"));
        plan = act(county, plan, "revised", Map.of());
        plan = act(
                county,
                plan,
                "promulgate",
                Map.of("body", "化德县人民政府", "promulgatedOn", "2026-09-25", "documentNumber", "化政发〔2026〕5号"));
        // due 2026-10-22 (a Thursday); filed the Monday after: Friday and Monday are 2 working days late
        plan = act(county, plan, "file", Map.of("filedOn", "2026-10-26"));
        assertThat(plan.get("filedLate").asBoolean()).isTrue();
        String path = "/api/plans/" + plan.get("id").asLong();

        List<String> chinese = lines(league.language("zh-CN").get(path).json());
        List<String> english = lines(league.language("en").get(path).json());
        assertThat(chinese)
                .containsExactly(
                        "依据第六条，规划应于颁布实施（2026-09-25）后 15 个工作日内备案，自颁布实施次日起算，期限届满日为 2026-10-22。",
                        "已于 2026-10-26 报送备案，逾期 2 个工作日。");
        assertThat(english).hasSize(2);
        assertThat(english.get(0))
                .contains("within 15 working days of its promulgation on 2026-09-25")
                .contains("the deadline is 2026-10-22");
        assertThat(english.get(1)).isEqualTo("Filed on 2026-10-26, 2 working days late.");
        // the list says the same, in each reader's language
        assertThat(lines(listed(county.language("zh-CN"), title))).isEqualTo(chinese);
        assertThat(lines(listed(county.language("en"), title))).isEqualTo(english);

        // the receipt closes the run: the explanation stays, still in the reader's language
        plan = act(province, province.get(path).json(), "acknowledge", Map.of("receivedOn", "2026-10-27"));
        assertThat(plan.get("state").asString()).isEqualTo("FILED");
        assertThat(lines(county.language("en").get(path).json())).isEqualTo(english);
        assertThat(lines(league.language("zh-CN").get(path).json())).isEqualTo(chinese);

        // a plan promulgated before V124 has only its stored text: it stays, as it was, in any language
        jdbc.sql("update plan set filing_working_days = null, filing_counting = null, filing_article = null,"
                        + " filing_late_days = null, filing_explanation = :text where id = :id")
                .param("text", "自 2026-09-26 起算（开始的当日不计入）\n期限届满日为 2026-10-22（星期四）。")
                .param("id", plan.get("id").asLong())
                .update();
        List<String> stored = List.of("自 2026-09-26 起算（开始的当日不计入）", "期限届满日为 2026-10-22（星期四）。");
        assertThat(lines(county.language("en").get(path).json())).isEqualTo(stored);
        assertThat(lines(listed(county.language("en"), title))).isEqualTo(stored);
    }

    private static JsonNode listed(Browser reader, String title) {
        JsonNode content = reader.get("/api/plans?q=" + title).json().get("content");
        assertThat(content).hasSize(1);
        return content.get(0);
    }

    private static List<String> lines(JsonNode plan) {
        return plan.get("filingExplanation")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
    }
}
