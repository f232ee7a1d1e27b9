package cn.ecozone.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Materials and their checks (IM eco-civ art. 12): texts counted against their tolerance, photos decoded, documents by content. */
@ApiTest
class DossierMaterialsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${ecozone.files.dir}")
    Path store;

    @Value("${ecozone.files.max-size}")
    org.springframework.util.unit.DataSize maxSize;

    DossierTestSteps steps;

    @BeforeEach
    void setUp() {
        steps = new DossierTestSteps(port, fixtures);
    }

    private JsonNode draft(String county) {
        JsonNode round = steps.openRound("ECO_CIVILIZATION_ZONE", LocalDate.now(DossierTestSteps.BEIJING));
        return DossierTestSteps.created(
                steps.as(Role.COUNTY_GOVERNMENT, county),
                steps.candidacy("150000", county, "ECO_CIVILIZATION_ZONE"),
                round.get("id").asLong());
    }

    @Test
    void aRenamedProgramATruncatedJpegAndAnImageOverTheLimitAreRefusedAndNothingIsStored() throws IOException {
        JsonNode d = draft("150403");
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, "150403");
        long rows = documents();
        java.util.List<String> files = files();

        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        Response exe = DossierTestSteps.upload(county, d, "PHOTOS", "风景.jpg", program);
        assertThat(exe.status()).as(exe.toString()).isEqualTo(415);
        assertThat(exe.json().get("detail").asString()).contains("JPEG", "PNG");

        byte[] jpeg = TestFiles.image("jpeg", 800, 600);
        Response truncated =
                DossierTestSteps.upload(county, d, "PHOTOS", "草原.jpg", Arrays.copyOf(jpeg, jpeg.length / 2));
        assertThat(truncated.status()).as(truncated.toString()).isEqualTo(415);
        assertThat(truncated.json().get("errors").toString()).contains("file");

        byte[] png = TestFiles.image("png", 20, 20);
        byte[] huge = Arrays.copyOf(png, png.length + (int) maxSize.toBytes());
        Response tooLarge = DossierTestSteps.upload(county, d, "PHOTOS", "大图.png", huge);
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);

        // a photo is not a document, nor a document a photo
        Response pdfAsPhoto = DossierTestSteps.upload(county, d, "PHOTOS", "说明.pdf", TestFiles.PDF);
        assertThat(pdfAsPhoto.status()).as(pdfAsPhoto.toString()).isEqualTo(415);
        Response photoAsReport =
                DossierTestSteps.upload(county, d, "WORK_REPORT", "报告.png", TestFiles.image("png", 10, 10));
        assertThat(photoAsReport.status()).as(photoAsReport.toString()).isEqualTo(415);

        assertThat(documents()).isEqualTo(rows);
        assertThat(files()).isSubsetOf(files);
        JsonNode now = DossierTestSteps.ok(county.get(DossierTestSteps.path(d)));
        assertThat(DossierTestSteps.material(now, "PHOTOS").get("documents")).isEmpty();
        assertThat(now.get("version").asLong()).isEqualTo(d.get("version").asLong());
    }

    @Test
    void docWpsAndOfdAreAcceptedAsDocumentsJudgedByContentAndARandomFileNamedOfdIsRefusedNamingTheField() {
        // issue 14 §4: wherever PDF and DOCX are accepted, so are .doc, .wps and .ofd (PDF and DOCX only before)
        JsonNode d = draft("150981");
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, "150981");
        d = DossierTestSteps.ok(DossierTestSteps.upload(county, d, "WORK_REPORT", "工作报告.doc", TestFiles.doc()));
        d = DossierTestSteps.ok(DossierTestSteps.upload(county, d, "WORK_REPORT", "工作报告.wps", TestFiles.doc()));
        d = DossierTestSteps.ok(DossierTestSteps.upload(county, d, "WORK_REPORT", "工作报告.ofd", TestFiles.ofd()));
        // the name says .doc, the content says PDF: stored as a PDF
        d = DossierTestSteps.ok(DossierTestSteps.upload(county, d, "WORK_REPORT", "其实是PDF.doc", TestFiles.PDF));
        // the type read from the content (DOC and WPS are both the Word binary format)
        assertThat(DossierTestSteps.material(d, "WORK_REPORT").get("documents").findValuesAsString("mediaType"))
                .containsExactly("application/msword", "application/msword", "application/ofd", "application/pdf");

        long rows = documents();
        byte[] random = new byte[4096];
        new java.util.Random(14).nextBytes(random);
        Response refused = DossierTestSteps.upload(county, d, "WORK_REPORT", "随机.ofd", random);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("file");
        assertThat(refused.json().get("detail").asString()).contains("OFD", "DOC", "WPS");
        assertThat(documents()).isEqualTo(rows);
    }

    @Test
    void aValidPngShowsItsResolutionAndSizeAndFourPhotosKeepTheDossierFromBeingSubmitted() {
        JsonNode d = draft("150404");
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, "150404");
        byte[] png = TestFiles.image("png", 640, 480);
        d = DossierTestSteps.ok(DossierTestSteps.upload(county, d, "PHOTOS", "湿地.png", png));
        JsonNode photos = DossierTestSteps.material(d, "PHOTOS");
        JsonNode shown = photos.get("documents").get(0);
        assertThat(shown.get("width").asInt()).isEqualTo(640);
        assertThat(shown.get("height").asInt()).isEqualTo(480);
        assertThat(shown.get("size").asLong()).isEqualTo(png.length);
        assertThat(shown.get("mediaType").asString()).isEqualTo("image/png");
        assertThat(photos.get("status").asString()).isEqualTo("RED");
        // small photos are warned about against 画质10M左右, with the tolerance of the data
        assertThat(photos.get("messages").toString()).contains("640×480", "8MB");
        assertThat(photos.get("tolerance").get("uncertain").asBoolean()).isTrue();
        byte[] photo = county.download(
                DossierTestSteps.path(d) + "/photos/" + shown.get("id").asLong());
        assertThat(photo).isEqualTo(png);

        d = DossierTestSteps.complete(county, d);
        long first = DossierTestSteps.material(d, "PHOTOS")
                .get("documents")
                .get(0)
                .get("id")
                .asLong();
        d = DossierTestSteps.ok(county.delete(DossierTestSteps.path(d) + "/materials/PHOTOS/documents/" + first
                + "?version=" + d.get("version").asLong()));
        assertThat(DossierTestSteps.material(d, "PHOTOS").get("documents")).hasSize(5);
        long second = DossierTestSteps.material(d, "PHOTOS")
                .get("documents")
                .get(0)
                .get("id")
                .asLong();
        d = DossierTestSteps.ok(county.delete(DossierTestSteps.path(d) + "/materials/PHOTOS/documents/" + second
                + "?version=" + d.get("version").asLong()));
        assertThat(DossierTestSteps.material(d, "PHOTOS").get("documents")).hasSize(4);
        assertThat(DossierTestSteps.material(d, "PHOTOS").get("status").asString())
                .isEqualTo("RED");

        Response refused = DossierTestSteps.submit(county, d);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("blocked");
        assertThat(refused.json().get("detail").asString()).contains("至少5张，现有4张");
        assertThat(refused.json().get("errors")).hasSize(1);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("PHOTOS");
        assertThat(DossierTestSteps.ok(county.get(DossierTestSteps.path(d)))
                        .get("state")
                        .asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void theTypicalStoryIsCountedAsAReaderCountsItAndWarnedAboutOutsideItsToleranceButRedOnlyWhenEmpty() {
        JsonNode d = draft("150421");
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, "150421");
        JsonNode story = DossierTestSteps.material(d, "TYPICAL_STORY");
        assertThat(story.get("status").asString()).isEqualTo("RED");
        assertThat(story.get("tolerance").get("min").asInt()).isEqualTo(1600);
        assertThat(story.get("tolerance").get("max").asInt()).isEqualTo(2400);
        assertThat(story.get("article").asString()).isEqualTo("第十二条（五）");

        d = DossierTestSteps.ok(DossierTestSteps.text(county, d, "TYPICAL_STORY", "草原".repeat(799) + "生"));
        assertThat(DossierTestSteps.material(d, "TYPICAL_STORY")
                        .get("characters")
                        .asInt())
                .isEqualTo(1599);
        assertThat(DossierTestSteps.material(d, "TYPICAL_STORY").get("status").asString())
                .isEqualTo("AMBER");
        assertThat(DossierTestSteps.material(d, "TYPICAL_STORY").get("messages").toString())
                .contains("1599", "1600");

        // spaces and line breaks are not characters a reader counts; a character outside the BMP is one
        d = DossierTestSteps.ok(DossierTestSteps.text(county, d, "TYPICAL_STORY", "草原 \n".repeat(799) + "𠀀\u3000生"));
        assertThat(DossierTestSteps.material(d, "TYPICAL_STORY")
                        .get("characters")
                        .asInt())
                .isEqualTo(1600);
        assertThat(DossierTestSteps.material(d, "TYPICAL_STORY").get("status").asString())
                .isEqualTo("GREEN");

        d = DossierTestSteps.ok(DossierTestSteps.text(county, d, "TYPICAL_STORY", "生".repeat(2400)));
        assertThat(DossierTestSteps.material(d, "TYPICAL_STORY").get("status").asString())
                .isEqualTo("GREEN");
        d = DossierTestSteps.ok(DossierTestSteps.text(county, d, "TYPICAL_STORY", "生".repeat(2401)));
        assertThat(DossierTestSteps.material(d, "TYPICAL_STORY").get("status").asString())
                .isEqualTo("AMBER");

        Response stale = county.put(
                DossierTestSteps.path(d) + "/texts/TYPICAL_STORY",
                java.util.Map.of("text", "旧版本", "version", d.get("version").asLong() - 1));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        d = DossierTestSteps.ok(DossierTestSteps.text(county, d, "TYPICAL_STORY", "  \n "));
        assertThat(DossierTestSteps.material(d, "TYPICAL_STORY").get("status").asString())
                .isEqualTo("RED");
        assertThat(DossierTestSteps.material(d, "TYPICAL_STORY")
                        .get("characters")
                        .asInt())
                .isZero();
    }

    @Test
    void photosUploadedAtOnceWithoutAVersionAreAllKept() throws Exception {
        JsonNode d = draft("150426");
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, "150426");
        String path = DossierTestSteps.path(d) + "/materials/PHOTOS/documents";
        var both = cn.ecozone.support.Together.run(
                () -> county.upload(path, "日出.png", TestFiles.image("png", 300, 200)),
                () -> county.upload(path, "日落.png", TestFiles.image("png", 200, 300)));
        assertThat(both.first().status()).as(both.first().toString()).isEqualTo(200);
        assertThat(both.second().status()).as(both.second().toString()).isEqualTo(200);
        JsonNode now = DossierTestSteps.ok(county.get(DossierTestSteps.path(d)));
        assertThat(DossierTestSteps.material(now, "PHOTOS").get("documents")).hasSize(2);
        assertThat(now.get("version").asLong()).isEqualTo(d.get("version").asLong() + 2);
        // with a version, a stale one is still refused
        Response stale = DossierTestSteps.upload(county, d, "PHOTOS", "旧.png", TestFiles.image("png", 10, 10));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    }

    private long documents() {
        return jdbc.queryForObject("select count(*) from document", Long.class);
    }

    private java.util.List<String> files() throws IOException {
        if (!Files.isDirectory(store)) {
            return java.util.List.of();
        }
        try (Stream<Path> all = Files.walk(store)) {
            return all.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
        }
    }
}
