package cn.ecozone.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export pack for the national platform (IM eco-civ art. 16): the ZIP of a submitted dossier holds
 * the manifest in JSON and XLSX listing each material of art. 12 with its article, the files whose
 * SHA-256 the manifest states, and the indicator table; only the province's staff and the subject take it.
 */
@ApiTest
class ExportPackIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JsonMapper json;

    @Test
    void theSubjectsPackListsEachMaterialWithItsArticleAndAFilesHashMatchesItsBytes() throws Exception {
        OpinionTestSteps steps = new OpinionTestSteps(port, fixtures);
        long roundId = steps.openInnerMongoliaRound("ECO_CIVILIZATION_ZONE");
        JsonNode d = steps.submitted("150000", "150823", "ECO_CIVILIZATION_ZONE", roundId);
        Browser subject = steps.as(Role.COUNTY_GOVERNMENT, "150823");

        Map<String, byte[]> entries =
                unzip(subject.download("/api/export-packs/" + d.get("id").asLong()));
        assertThat(entries).containsKeys("manifest.json", "manifest.xlsx", "indicators.xlsx");
        JsonNode manifest = json.readTree(entries.get("manifest.json"));
        assertThat(manifest.get("subjectName").asString())
                .isEqualTo(d.get("subjectName").asString());
        assertThat(manifest.get("materials")).hasSize(d.get("materials").size());
        JsonNode report = null;
        for (JsonNode m : manifest.get("materials")) {
            if (m.get("code").asString().equals("WORK_REPORT")) {
                report = m;
            }
        }
        assertThat(report).isNotNull();
        assertThat(report.get("article").asString()).isEqualTo("第十二条（二）");
        JsonNode file = report.get("files").get(0);
        byte[] bytes = entries.get(file.get("path").asString());
        assertThat(bytes).isNotNull().hasSize(file.get("size").asInt());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .isEqualTo(file.get("sha256").asString());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(entries.get("manifest.xlsx")))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThan(2);
            boolean listed = false;
            for (var row : wb.getSheetAt(0)) {
                listed |= row.getCell(0) != null
                        && row.getCell(0).getStringCellValue().equals("WORK_REPORT")
                        && row.getCell(5) != null
                        && row.getCell(5)
                                .getStringCellValue()
                                .equals(file.get("sha256").asString());
            }
            assertThat(listed)
                    .as("manifest.xlsx lists the work report's file with its SHA-256")
                    .isTrue();
        }

        assertThat(steps.as(Role.COUNTY_GOVERNMENT, "150824")
                        .get("/api/export-packs/" + d.get("id").asLong())
                        .status())
                .isEqualTo(404);
        assertThat(steps.as(Role.DIVISION_REVIEWER, "150000")
                        .get("/api/export-packs/" + d.get("id").asLong())
                        .status())
                .isEqualTo(403);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }
}
