package cn.ecozone.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.RoundManagement;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.opinion.internal.OpinionEntity;
import cn.ecozone.opinion.internal.OpinionFiles;
import cn.ecozone.opinion.internal.OpinionRecord;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Fixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The opinion's files (issue 12 §4, ADR 0031): generated from the record for a round's submitted dossiers,
 * the DOCX opens with Apache POI and lists the candidacies, the PDF's text holds their Chinese names, and
 * its first page rendered to PNG is not blank (real glyphs, not empty boxes or nothing).
 */
@ApiTest
class OpinionDocumentsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OpinionRecord record;

    @Autowired
    OpinionFiles files;

    @Autowired
    RoundManagement rounds;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePreReviewOpinionsDocxAndPdfNameTheCandidaciesInChineseAndItsFirstPageIsNotBlank() throws Exception {
        OpinionTestSteps steps = new OpinionTestSteps(port, fixtures);
        long roundId = steps.openInnerMongoliaRound("ECO_CIVILIZATION_ZONE");
        JsonNode a = steps.submitted("150000", "150824", "ECO_CIVILIZATION_ZONE", roundId);
        JsonNode b = steps.submitted("150000", "150825", "ECO_CIVILIZATION_ZONE", roundId);
        RoundView round = rounds.view(roundId);
        Actor department =
                new Actor(1, "opinion-test", "测试", Role.PROVINCE_STAFF, 1, "内蒙古自治区生态环境厅", "150000", "/150000/", false);

        OpinionContent content = record.generate(
                round,
                record.opinionStep(round, "PRE_REVIEW_OPINION"),
                List.of(a.get("id").asLong(), b.get("id").asLong()),
                department);
        assertThat(content.divisions()).isTrue();
        assertThat(content.panel()).isTrue();
        assertThat(content.publicity()).isTrue();
        OpinionEntity draft = new OpinionEntity(
                roundId,
                "PRE_REVIEW_OPINION",
                "150000",
                "/150000/",
                1,
                "关于" + round.title() + "的预审意见",
                "经预审，现将意见报告如下。",
                "建议推荐。",
                List.of(),
                "opinion-test",
                Instant.now());
        OpinionFiles.Made made = files.make(draft, content);

        String names =
                a.get("subjectName").asString() + "|" + b.get("subjectName").asString();
        assertThat(names).contains("乌拉特中旗", "乌拉特后旗");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(made.docx()));
                XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
            String text = words.getText();
            assertThat(text)
                    .contains(
                            a.get("subjectName").asString(),
                            b.get("subjectName").asString())
                    .contains("负面清单核查情况", "专家评审情况", "公示及投诉举报调查核实情况", "建议推荐。")
                    .doesNotContain("{{", "[subjectName]")
                    // a check that found nothing is summed up, not listed one by one as 不存在
                    .doesNotContain("不存在）");
            assertThat(docx.getTables().getFirst().getRows()).hasSize(3);
        }
        try (PDDocument pdf = Loader.loadPDF(made.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(
                            a.get("subjectName").asString(),
                            b.get("subjectName").asString())
                    .contains("预审意见", "内蒙古自治区生态环境厅");
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
            // kept for a person to look at (target/ is not committed)
            javax.imageio.ImageIO.write(page, "png", new java.io.File("target/opinion-page-1.png"));
            assertThat(inked(page)).as("share of non-white pixels on page 1").isGreaterThan(0.01);
        }
    }

    /** The share of pixels that are not (nearly) white. */
    private static double inked(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int bl = rgb & 0xff;
                if (r + g + bl < 600) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }
}
