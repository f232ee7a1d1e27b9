package cn.ecozone.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The demo profile's publicity: the public portal lists a published notice of each province, labelled
 * synthetic, with its complaint form open, over the demo dossier chosen by region (锡林浩特市 in Inner
 * Mongolia, 赤水市 in Guizhou); the fixed demo tracking numbers show their states, open only on 赤水市,
 * the demo's example of a dossier blocked by complaints; the
 * province's staff and the investigator read the complaints in full, the municipal government without
 * the complainant.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class DemoNoticesIT {

    @LocalServerPort
    int port;

    @Test
    void thePublicTheProvinceAndTheInvestigatorEachSeeADemoNoticeWithComplaintsLabelledSynthetic() {
        Browser anyone = new Browser(port);
        JsonNode index = anyone.get("/api/public/notices?size=50").json();
        String demo = "演示数据（合成）";
        long labelled = 0;
        java.util.Set<String> listed = new java.util.TreeSet<>();
        for (JsonNode n : index.get("content")) {
            if (n.get("title").asString().contains(demo)) {
                labelled++;
                JsonNode page = anyone.get("/api/public/notices/" + n.get("id").asLong())
                        .json();
                assertThat(page.get("listed")).as("a demo dossier is listed").isNotEmpty();
                page.get("listed").forEach(l -> listed.add(l.get("regionCode").asString()));
                assertThat(page.get("open").asBoolean())
                        .as("the complaint form is open")
                        .isTrue();
            }
        }
        assertThat(labelled).as("one notice of each province").isEqualTo(2);
        assertThat(listed).as("锡林浩特市 and 赤水市, chosen by region").containsExactly("152502", "520381");

        JsonNode unsupported =
                anyone.get("/api/public/complaints/DEMOIMANONYMOUS1").json();
        assertThat(unsupported.get("state").asString()).isEqualTo("FOUND");
        assertThat(unsupported.get("finding").asString())
                .as("Inner Mongolia's demo complaints block nothing")
                .isEqualTo("UNSUPPORTED");
        JsonNode found = anyone.get("/api/public/complaints/DEMOIMREALNAME01").json();
        assertThat(found.get("state").asString()).isEqualTo("FOUND");
        assertThat(found.get("finding").asString()).isEqualTo("UNTRUE");
        assertThat(anyone.get("/api/public/complaints/DEMOGZANONYMOUS1")
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("INVESTIGATING");
        assertThat(anyone.get("/api/public/complaints/DEMOGZREALNAME01")
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("RECEIVED");

        // Inner Mongolia: the department investigates and reads both in full
        JsonNode im = as("im.staff").get("/api/publicity/complaints").json();
        assertThat(im.get("totalElements").asLong()).isEqualTo(2);
        assertThat(im.toString()).contains("张演示", demo);
        // Guizhou: the municipal bureau investigates (art. 10), the province reads in full, the
        // municipal government sees that there are complaints, without the complainant or the text
        JsonNode bureau = as("zy.bureau").get("/api/publicity/complaints").json();
        assertThat(bureau.get("totalElements").asLong()).isEqualTo(2);
        assertThat(bureau.toString()).contains("DEMOGZREALNAME01", "张演示", "赤水市的推荐因投诉受阻");
        assertThat(as("gz.staff").get("/api/publicity/complaints").json().toString())
                .contains("张演示");
        JsonNode government = as("zy.gov").get("/api/publicity/complaints").json();
        assertThat(government.get("totalElements").asLong()).isEqualTo(2);
        assertThat(government.toString()).doesNotContain("张演示", "DEMOGZ");
        assertThat(as("zy.gov").get("/api/publicity/notices").json().toString()).contains(demo);
    }

    private Browser as(String account) {
        Browser b = new Browser(port);
        b.login(account, "Demo@2026");
        return b;
    }
}
