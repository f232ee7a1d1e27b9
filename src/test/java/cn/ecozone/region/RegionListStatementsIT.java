package cn.ecozone.region;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The region lists are answered from the cached tree (ADR 0017) and take the same statements however
 * many regions they answer (issue 10): the 1,510 townships of 贵州省 as the 13 county-level regions of 锡林郭勒盟,
 * the 48 townships of one district as the 12 prefectures of 内蒙古. They stay unpaged: their bound is
 * the administrative division (docs/performance.md, lists left unpaged). The name search reads the
 * database once and answers at most 50.
 */
@ApiTest
class RegionListStatementsIT {

    @LocalServerPort
    int port;

    @Test
    void descendantsAndChildrenTakeNoStatementWhateverTheirSize() {
        Browser anonymous = new Browser(port);
        String many = "/api/regions/520000/descendants?level=TOWNSHIP";
        String few = "/api/regions/152500/descendants?level=COUNTY";
        assertThat(anonymous.get(many).json().size()).isGreaterThan(1000);
        assertThat(anonymous.statements(many))
                .isEqualTo(anonymous.statements(few))
                .isZero();

        JsonNode largest = anonymous.get("/api/regions/520502/children").json();
        assertThat(largest.size()).isEqualTo(48);
        assertThat(anonymous.statements("/api/regions/520502/children"))
                .isEqualTo(anonymous.statements("/api/regions/150000/children"))
                .isZero();
    }

    @Test
    void theNameSearchTakesOneStatementAndAnswersAtMostFifty() {
        Browser anonymous = new Browser(port);
        String broad = "/api/regions?q=%E9%95%87"; // 镇: thousands of townships
        assertThat(anonymous.get(broad).json().size()).isEqualTo(50);
        assertThat(anonymous.statements(broad)).isEqualTo(1);
    }
}
