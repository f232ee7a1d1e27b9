package cn.ecozone.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Uploads are detected by content and then parsed (issue 8 §4): each bad file that the magic-byte
 * sniffer used to store is refused over HTTP and leaves no row and no file; each genuine format,
 * the government ones (DOC, WPS, OFD) included, is stored with the type read from its content.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadContentIT {

    private static final String EDITION = "GZ-2SZS-2021";
    private static final byte[] HTML =
            "<!doctype html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EXE = exe();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private Browser county;
    private long workPlan;

    @BeforeAll
    void aWorkPlanToAttachTo() {
        county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "152502"), Fixtures.PASSWORD);
        Map<String, Object> plan = Map.of(
                "programme",
                "TWO_MOUNTAINS_AREA",
                "year",
                2033,
                "title",
                "锡林浩特市2033年“两山”转化工作年度计划",
                "summary",
                "上传检查",
                "tasks",
                List.of(),
                "projects",
                List.of(),
                "funds",
                List.of());
        Response created = county.post("/api/work-plans", plan);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        workPlan = created.json().get("id").asLong();
    }

    private static byte[] exe() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 78, stub.length);
        return exe;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static Map<String, byte[]> entries(Object... nameAndContent) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameAndContent.length; i += 2) {
            Object content = nameAndContent[i + 1];
            entries.put(
                    (String) nameAndContent[i],
                    content instanceof byte[] b ? b : ((String) content).getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    /** Files for a plan text or work plan document (PDF, OFD, DOCX, DOC, WPS accepted). */
    Stream<Arguments> badDocuments() {
        byte[] docx = TestFiles.docx();
        return Stream.of(
                Arguments.of("only-the-pdf-header.pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
                Arguments.of(
                        "pdf-header-before-an-exe.pdf", concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), EXE)),
                Arguments.of(
                        "pdf-without-a-page.pdf",
                        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
                Arguments.of("truncated.pdf", Arrays.copyOf(TestFiles.PDF, TestFiles.PDF.length / 3)),
                Arguments.of(
                        "zip-with-word-folder-and-exe.docx", TestFiles.zip(entries("word/", "", "setup.exe", EXE))),
                Arguments.of(
                        "content-types-but-html.docx",
                        TestFiles.zip(entries(
                                "[Content_Types].xml",
                                "<Types/>",
                                "word/document.xml",
                                new String(HTML, StandardCharsets.UTF_8)))),
                Arguments.of("truncated.docx", Arrays.copyOf(docx, docx.length / 2)),
                Arguments.of("html.docx", HTML),
                Arguments.of("program.doc", EXE),
                Arguments.of("ole2-without-word.doc", TestFiles.ole2(null)),
                Arguments.of("ole2-with-garbage-word-stream.wps", TestFiles.ole2(new byte[1024])),
                Arguments.of("zip-with-html-as-ofd.ofd", TestFiles.zip(entries("OFD.xml", HTML))),
                Arguments.of(
                        "ofd-without-its-document.ofd",
                        TestFiles.zip(entries(
                                "OFD.xml",
                                "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody>"
                                        + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"))),
                Arguments.of("a-png-is-no-plan-text.pdf", TestFiles.image("png", 10, 10)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void aBadFileIsRefusedAsAWorkPlanDocumentAndNothingIsKept(String name, byte[] content) {
        long before = documents();
        JsonNode plan = county.get("/api/work-plans/" + workPlan).json();
        Response refused = county.upload(document(plan), name, content);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
        assertThat(refused.code()).isIn("unsupported-type", "unreadable-file");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(refused.body()).doesNotContain("Exception", "org.apache");
        assertThat(documents()).isEqualTo(before);
        assertThat(county.get("/api/work-plans/" + workPlan).json().get("version"))
                .isEqualTo(plan.get("version"));
    }

    /** Files for evidence (PDF, OFD, PNG, JPEG accepted). */
    Stream<Arguments> badImages() {
        byte[] jpeg = TestFiles.image("jpeg", 400, 300);
        byte[] png = TestFiles.image("png", 400, 300);
        return Stream.of(
                Arguments.of("png-signature-before-html.png", concat(Arrays.copyOf(png, 8), HTML)),
                Arguments.of("three-bytes-of-jpeg.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
                Arguments.of("truncated.jpg", Arrays.copyOf(jpeg, jpeg.length / 2)),
                Arguments.of("truncated.png", Arrays.copyOf(png, png.length - 40)),
                Arguments.of("jpeg-header-before-an-exe.jpg", concat(Arrays.copyOf(jpeg, 20), EXE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badImages")
    void aBadImageIsRefusedAsEvidenceAndNothingIsKept(String name, byte[] content) {
        Browser gz = valueToAttachTo("520329", "GZ-02"); // 桐梓县... a Guizhou county of the edition
        long before = documents();
        Response refused = gz.upload(evidence("520329", "GZ-02"), name, content);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
        assertThat(refused.code()).isEqualTo("unreadable-file");
        assertThat(documents()).isEqualTo(before);
        assertThat(gz.get(evidence("520329", "GZ-02")).json().get("content")).isEmpty();
    }

    @Test
    void anImageIsDecodedAndItsSizeIsShownWithTheEvidence() {
        Browser gz = valueToAttachTo("520330", "GZ-02");
        Response stored = gz.upload(evidence("520330", "GZ-02"), "现场照片.jpg", TestFiles.image("jpeg", 640, 480));
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(stored.json().get("type").asString()).isEqualTo("JPEG");
        assertThat(stored.json().get("width").asInt()).isEqualTo(640);
        assertThat(stored.json().get("height").asInt()).isEqualTo(480);
        JsonNode listed =
                gz.get(evidence("520330", "GZ-02")).json().get("content").get(0);
        assertThat(listed.get("width").asInt()).isEqualTo(640);
        assertThat(listed.get("height").asInt()).isEqualTo(480);
    }

    Stream<Arguments> genuineDocuments() {
        return Stream.of(
                Arguments.of("规划文本.pdf", TestFiles.PDF, "PDF"),
                Arguments.of("规划文本.docx", TestFiles.docx(), "DOCX"),
                Arguments.of("规划文本.doc", TestFiles.doc(), "DOC"),
                Arguments.of("规划文本.wps", TestFiles.doc(), "WPS"),
                Arguments.of("规划文本.ofd", TestFiles.ofd(), "OFD"),
                Arguments.of("名字说是PDF.pdf", TestFiles.ofd(), "OFD"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genuineDocuments")
    void eachGenuineFormatIsStoredWithTheTypeReadFromItsContent(String name, byte[] content, String type) {
        JsonNode plan = county.get("/api/work-plans/" + workPlan).json();
        Response stored = county.upload(document(plan), name, content);
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        long id = stored.json().get("documentId").asLong();
        assertThat(jdbc.queryForObject("select doc_type from document where id = ?", String.class, id))
                .isEqualTo(type);
        assertThat(county.download("/api/work-plans/" + workPlan + "/document")).isEqualTo(content);
    }

    @Test
    void aZipWhoseDirectoryLiesAboutItsSizeIsStoppedWhileInflating() {
        long before = documents();
        byte[] bomb =
                TestFiles.lyingZip(TestFiles.zipEntries(TestFiles.docx()), "word/media/image1.png", 300L << 20, 1000);
        assertThat(bomb.length).isLessThan(1 << 20);
        JsonNode plan = county.get("/api/work-plans/" + workPlan).json();
        Response refused = county.upload(document(plan), "炸弹.docx", bomb);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("unsafe-file");
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void aFileNameLongerThanThePartHeaderLimitGetsA400NamingTheLimitAndALongChineseNameFits() {
        JsonNode plan = county.get("/api/work-plans/" + workPlan).json();
        Response refused = county.upload(document(plan), "很".repeat(700) + ".pdf", TestFiles.PDF);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("file-name-too-long");
        assertThat(refused.json().get("detail").asString()).contains("2048").doesNotContain("请求内容过大");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");

        String longName = "锡林郭勒盟锡林浩特市生态文明建设示范区规划".repeat(8) + ".pdf"; // 170 characters, 500+ bytes
        Response stored = county.upload(document(plan), longName, TestFiles.PDF);
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
    }

    private final Map<String, Browser> valueHolders = new java.util.HashMap<>();

    /** A county of Guizhou logged in, with a value of 2024 to attach evidence to (entered once). */
    private Browser valueToAttachTo(String region, String indicator) {
        return valueHolders.computeIfAbsent(region + indicator, k -> enterValue(region, indicator));
    }

    private Browser enterValue(String region, String indicator) {
        Browser gz = new Browser(port);
        gz.login(fixtures.user(Role.COUNTY_GOVERNMENT, region), Fixtures.PASSWORD);
        Response value =
                gz.put("/api/indicator-values/" + EDITION + "/" + region + "/2024/" + indicator, Map.of("value", 97.0));
        assertThat(value.status()).as(value.toString()).isIn(200);
        return gz;
    }

    private static String evidence(String region, String indicator) {
        return "/api/indicator-values/" + EDITION + "/" + region + "/2024/" + indicator + "/evidence";
    }

    private String document(JsonNode plan) {
        return "/api/work-plans/" + plan.get("id").asLong() + "/document?version="
                + plan.get("version").asLong();
    }

    private long documents() {
        return jdbc.queryForObject("select count(*) from document", Long.class);
    }
}
