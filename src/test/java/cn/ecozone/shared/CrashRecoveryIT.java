package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.document.internal.OrphanSweep;
import cn.ecozone.indicator.internal.excel.ImportRecovery;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Nothing is left behind by a crash (issue 8 §8): what the start-up sweeps do with the files and
 * job rows that a {@code kill -9} leaves. Each test lays out what a crash leaves and runs the sweep
 * that runs at start-up.
 */
@ApiTest
class CrashRecoveryIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkFolders work;

    @Autowired
    ImportRecovery recovery;

    /** The platform clock the recovery judges staleness by (another test may have moved it). */
    @Autowired
    Clock clock;

    @Autowired
    OrphanSweep orphans;

    @Value("${ecozone.files.dir}")
    Path files;

    @Test
    void multipartPartsAndImportWorkFilesLiveInThisInstancesWorkFolderAndStartUpEmptiesIt() throws Exception {
        assertThat(work.root()).isEqualTo(Path.of(System.getProperty("user.dir"), "target/it-work/it"));
        Path part = Files.writeString(work.root().resolve("multipart/upload_0001.tmp"), "half a part");
        Files.createDirectories(work.root().resolve("excel"));
        Path workbook = Files.writeString(work.root().resolve("excel/upload-42.xlsx"), "half a workbook");

        assertThat(work.sweep()).isGreaterThanOrEqualTo(2);

        assertThat(part).doesNotExist();
        assertThat(workbook).doesNotExist();
        assertThat(work.root().resolve("multipart")).isDirectory();
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "520525"), Fixtures.PASSWORD);
        Response r = county.upload("/api/indicator-excel/import?edition=GZ-2SZS-2021", "x.xlsx", new byte[] {1});
        assertThat(r.status()).as("a multipart upload still works: " + r).isEqualTo(415);
    }

    @Test
    void importJobsThisInstanceLeftRunningAreFailedWithAReasonAtStartUp() {
        String username = fixtures.user(Role.COUNTY_GOVERNMENT, "520523");
        long userId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        Instant now = clock.instant();
        String ours = job(userId, username, "it", now);
        String otherAlive = job(userId, username, "other-instance", now);
        String otherDead = job(userId, username, "other-instance", now.minus(Duration.ofMinutes(20)));

        recovery.recover();

        Browser county = new Browser(port);
        county.login(username, Fixtures.PASSWORD);
        JsonNode status = county.get("/api/indicator-excel/import/" + ours).json();
        assertThat(status.get("state").asString()).isEqualTo("FAILED");
        assertThat(status.get("message").asString()).contains("中断");
        assertThat(state(ours)).isEqualTo("FAILED");
        assertThat(state(otherDead)).isEqualTo("FAILED");
        assertThat(state(otherAlive))
                .as("another instance's live job is left to it")
                .isEqualTo("RUNNING");
    }

    private String job(long userId, String username, String instance, Instant heartbeat) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into indicator_import_job (id, edition_code, created_by, created_by_name, region_code,"
                        + " file_name, file_size, file_sha256, state, phase, total_rows, processed_rows, written_rows,"
                        + " saved, unchanged, error_count, created_at, updated_at, version, instance_id)"
                        + " values (?, 'GZ-2SZS-2021', ?, ?, '520523', 'a.xlsx', 1, ?, 'RUNNING', 'VALIDATING', 10,"
                        + " 5, 0, 0, 0, 0, ?, ?, 0, ?)",
                id,
                userId,
                username,
                "0".repeat(64),
                OffsetDateTime.ofInstant(heartbeat, ZoneOffset.UTC),
                OffsetDateTime.ofInstant(heartbeat, ZoneOffset.UTC),
                instance);
        return id;
    }

    private String state(String job) {
        return jdbc.queryForObject("select state from indicator_import_job where id = ?", String.class, job);
    }

    @Test
    void aStoredFileWithoutARowIsRemovedAfterTheGracePeriodAndNothingElse() throws Exception {
        Files.createDirectories(files);
        Instant old = Instant.now().minus(Duration.ofHours(2));
        Path orphan = stored(randomHash(), old);
        Path youngOrphan = stored(randomHash(), Instant.now());
        Path halfWritten = stored("upload-123.tmp", old);
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "520524"), Fixtures.PASSWORD);
        county.put("/api/indicator-values/GZ-2SZS-2021/520524/2024/GZ-02", java.util.Map.of("value", 97.0));
        byte[] pdf = TestFiles.PDF;
        Response attached =
                county.upload("/api/indicator-values/GZ-2SZS-2021/520524/2024/GZ-02/evidence", "报告.pdf", pdf);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        Path named = files.resolve(attached.json().get("sha256").asString());
        Files.setLastModifiedTime(named, FileTime.from(old));

        assertThat(orphans.sweep()).isGreaterThanOrEqualTo(2);

        assertThat(orphan).doesNotExist();
        assertThat(halfWritten).doesNotExist();
        assertThat(youngOrphan)
                .as("within the grace period: its row may be about to commit")
                .exists();
        assertThat(named).as("named by a row").exists();
        assertThat(county.download("/api/indicator-values/GZ-2SZS-2021/520524/2024/GZ-02/evidence/"
                        + attached.json().get("id").asLong()))
                .isEqualTo(pdf);
        Files.deleteIfExists(youngOrphan);
    }

    private Path stored(String name, Instant modified) throws Exception {
        Path file = Files.writeString(files.resolve(name), "left by a crash");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static String randomHash() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
