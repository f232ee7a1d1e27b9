package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The value and edition workbook uploads are read from the request body as they arrive and written once
 * into the import's working file (issue 10, ADR 0021): a workbook over the limit is a 413 naming the field
 * {@code file} (before: the container's 413 named none), a body cut off inside the file a 400 naming it,
 * and neither leaves a working file or an import job behind.
 */
@ApiTest
class WorkbookUploadIT {

    private static final String EDITIONS = "/api/indicator-drafts/import";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${ecozone.instance.work-dir}/excel")
    Path working;

    @Value("${ecozone.indicator.excel.max-upload-size:20MB}")
    DataSize maxUpload;

    @Test
    void aWorkbookOverTheLimitIsA413NamingTheFileAndLeavesNoWorkingFileAndNoJob() throws IOException {
        byte[] tooLarge = Arrays.copyOf(ExcelTestWorkbooks.workbook(List.of()), (int) maxUpload.toBytes() + 1);
        for (Upload upload : uploads("520526")) {
            long jobs = jobs();
            List<String> files = listing(working);

            Response refused = upload.by().upload(upload.path(), "过大的工作簿.xlsx", tooLarge);

            assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
            assertThat(refused.code()).isEqualTo("too-large");
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("file");
            assertThat(jobs()).isEqualTo(jobs);
            assertThat(listing(working)).isSubsetOf(files); // nothing new (a running job may remove its own)
        }
    }

    @Test
    void aBodyCutOffInsideTheWorkbookIsA400NamingTheFileAndLeavesNoWorkingFileAndNoJob() throws IOException {
        byte[] workbook = ExcelTestWorkbooks.workbook(List.of());
        String boundary = "----ecozoneCut";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"断开.xlsx\""
                        + "\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(head, head.length + workbook.length / 2);
        System.arraycopy(workbook, 0, cut, head.length, workbook.length / 2);
        for (Upload upload : uploads("520527")) {
            long jobs = jobs();
            List<String> files = listing(working);

            Response refused = upload.by().uploadBody(upload.path(), boundary, cut);

            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("file");
            assertThat(jobs()).isEqualTo(jobs);
            assertThat(listing(working)).isSubsetOf(files); // nothing new (a running job may remove its own)
        }
    }

    /** Where a workbook is sent, and by whom. */
    private record Upload(String path, Browser by) {}

    /** The value import by a county of Guizhou, and the edition import by Guizhou's province staff. */
    private List<Upload> uploads(String county) {
        return List.of(
                new Upload(ExcelImportIT.IMPORT, Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, county))),
                new Upload(EDITIONS, Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "520000"))));
    }

    private long jobs() {
        return jdbc.queryForObject("select count(*) from indicator_import_job", Long.class);
    }

    private static List<String> listing(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> found = Files.walk(folder)) {
            return found.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }
}
