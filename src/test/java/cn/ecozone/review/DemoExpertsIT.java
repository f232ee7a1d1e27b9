package cn.ecozone.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The demo profile's experts: a small pool in each province, labelled synthetic, the expert account linked. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class DemoExpertsIT {

    @LocalServerPort
    int port;

    @Test
    void eachProvinceHasASmallSyntheticPoolAndTheExpertAccountIsLinked() {
        Browser im = new Browser(port);
        im.login("im.staff", "Demo@2026");
        JsonNode pool = im.get("/api/review/experts?size=50").json();
        // six of the department's, and the Xilingol committee office's own expert (grading's demo, issue 13 §4),
        // which the department reads in its province
        assertThat(pool.get("totalElements").asLong()).isEqualTo(7);
        assertThat(pool.get("content").get(0).get("organization").asString()).contains("演示数据（合成）");
        assertThat(pool.toString()).contains("\"name\":\"王建华\"");
        assertThat(im.get("/api/review/experts?q=王建华")
                        .json()
                        .get("content")
                        .get(0)
                        .get("userId")
                        .isNull())
                .as("the demo expert account is linked to 王建华")
                .isFalse();
        Browser gz = new Browser(port);
        gz.login("gz.staff", "Demo@2026");
        assertThat(gz.get("/api/review/experts").json().get("totalElements").asLong())
                .isEqualTo(4);
        // the Guizhou pool's demo expert account (s14: it reviews the Guizhou demo typical case)
        JsonNode chen =
                gz.get("/api/review/experts?q=陈永红").json().get("content").get(0);
        assertThat(chen.get("organization").asString()).contains("演示数据（合成）");
        assertThat(chen.get("userId").isNull()).as("gz.expert is linked to 陈永红").isFalse();
        Browser gzExpert = new Browser(port);
        gzExpert.login("gz.expert", "Demo@2026");
        assertThat(gzExpert.get("/api/cases/my-reviews").status()).isEqualTo(200);
        Browser expert = new Browser(port);
        expert.login("expert", "Demo@2026");
        assertThat(expert.get("/api/review/my-panels").status()).isEqualTo(200);
    }
}
