package cn.ecozone.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The demo profile's draft dossiers: every demo account of both provinces sees one, labelled synthetic
 * (the submitted ones of the review path are DemoReviewPathIT's).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class DemoDossiersIT {

    @LocalServerPort
    int port;

    @Test
    void eachDemoAccountOfBothProvincesSeesADraftDossierLabelledSynthetic() {
        for (String account : List.of("im.staff", "xl.bureau", "xlht.gov", "gz.staff", "zy.gov", "cs.gov")) {
            Browser b = new Browser(port);
            b.login(account, "Demo@2026");
            JsonNode page = b.get("/api/dossiers?state=DRAFT").json();
            assertThat(page.get("totalElements").asLong()).as(account).isEqualTo(1);
            JsonNode d = b.get("/api/dossiers/"
                            + page.get("content").get(0).get("id").asLong())
                    .json();
            assertThat(d.get("state").asString()).isEqualTo("DRAFT");
            assertThat(d.get("eligibility").toString()).as(account).contains("演示数据（合成）");
        }
        Browser xilinhot = new Browser(port);
        xilinhot.login("xlht.gov", "Demo@2026");
        JsonNode mine =
                xilinhot.get("/api/dossiers?state=DRAFT").json().get("content").get(0);
        JsonNode d = xilinhot.get("/api/dossiers/" + mine.get("id").asLong()).json();
        assertThat(d.get("round").get("open").asBoolean()).isTrue();
        assertThat(d.get("allowedActions").toString()).contains("EDIT", "SUBMIT");
        assertThat(d.get("materials").toString()).contains("演示数据（合成）");
    }
}
