package cn.ecozone.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An expert scoring a dossier reads its materials and downloads its files, read-only; a conflicted
 * expert, an expert on no panel covering it, a member removed from the pool, or a file of another
 * dossier gets 404 (as for what does not exist). Dossiers of Hulunbuir (150727, 150726), which no other test uses.
 */
@ApiTest
class ExpertDossierFilesIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcedureManagement procedures;

    @Test
    void theCoveredExpertDownloadsTheFileAndTheConflictedOneGets404ForTheMaterialsAndTheFile() {
        ReviewTestSteps steps = new ReviewTestSteps(port, fixtures, jdbc, procedures);
        Browser province = steps.as(Role.PROVINCE_STAFF, "150000");
        long round = steps.openRound();
        long dossier = steps.atExpertScoring(round, "150727", "150700");
        long elsewhere = steps.atExpertScoring(round, "150726", "150700");
        String field = "阅卷" + System.nanoTime();
        ReviewTestSteps.ExpertLogin reader = steps.expertAccount();
        ReviewTestSteps.ExpertLogin conflicted = steps.expertAccount();
        ReviewTestSteps.ExpertLogin outsider = steps.expertAccount();
        long readerId = steps.expert(province, "阅卷甲" + reader.userId(), field, "150102", reader.userId(), Map.of());
        steps.expert(province, "阅卷乙" + conflicted.userId(), field, "150102", conflicted.userId(), Map.of());
        steps.expert(province, "局外丙" + outsider.userId(), "局外" + field, "150102", outsider.userId(), Map.of());
        long panelId = ReviewTestSteps.ok(
                        province.post(
                                "/api/review/panels",
                                Map.of("roundId", round, "stepCode", "EXPERT_SCORING", "field", field, "size", 2)),
                        201)
                .get("id")
                .asLong();
        String read = "/api/review/my-panels/" + panelId + "/dossiers/" + dossier;

        JsonNode materials = ReviewTestSteps.ok(reader.browser().get(read), 200).get("materials");
        long pdf = -1;
        for (JsonNode m : materials) {
            for (JsonNode d : m.get("documents")) {
                if (d.get("name").asString().endsWith(".pdf")) {
                    pdf = d.get("id").asLong();
                }
            }
        }
        assertThat(pdf).as("the dossier holds a PDF").isPositive();
        Response file = reader.browser().get(read + "/documents/" + pdf);
        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(reader.browser().download(read + "/documents/" + pdf)).isEqualTo(TestFiles.PDF);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where target like ?", Long.class, "Document:" + pdf + " %"))
                .as("the read is audited")
                .isPositive();

        long otherFile = jdbc.queryForObject(
                "select min(document_id) from dossier_document where dossier_id = ?", Long.class, elsewhere);
        assertThat(reader.browser().get(read + "/documents/" + otherFile).status())
                .as("a file of a dossier the panel does not cover through this one")
                .isEqualTo(404);

        assertThat(conflicted
                        .browser()
                        .post(read + "/conflict", Map.of("note", "曾参与该旗规划评审"))
                        .status())
                .isEqualTo(204);
        assertThat(conflicted.browser().get(read).status()).isEqualTo(404);
        assertThat(conflicted.browser().get(read + "/documents/" + pdf).status())
                .isEqualTo(404);
        assertThat(outsider.browser().get(read).status()).isEqualTo(404);
        assertThat(outsider.browser().get(read + "/documents/" + pdf).status()).isEqualTo(404);
        assertThat(reader.browser().get(read + "/documents/" + pdf).status())
                .as("the covered expert still reads it")
                .isEqualTo(200);

        ReviewTestSteps.ok(
                province.post(
                        "/api/review/experts/" + readerId + "/integrity",
                        Map.of(
                                "kind",
                                "REMOVAL",
                                "occurredOn",
                                java.time.LocalDate.now(ReviewTestSteps.BEIJING).toString(),
                                "note",
                                "违反评审纪律")),
                200);
        assertThat(reader.browser().get(read + "/documents/" + pdf).status())
                .as("a member removed from the pool")
                .isEqualTo(404);
        assertThat(reader.browser().get(read).status()).isEqualTo(404);
    }
}
