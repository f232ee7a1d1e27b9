package cn.ecozone.indicator.internal.excel;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A running job's progress report (one plain statement since issue 10) moves the progress bar the
 * job's owner polls, and renews the job's heartbeat, on H2 and PostgreSQL alike.
 */
@ApiTest
class JobProgressIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobProgress progress;

    /** The application's clock (the tests' clock may stand elsewhere than the wall clock). */
    @Autowired
    Clock clock;

    @Test
    void aProgressReportShowsInTheJobsStatusAndRenewsItsHeartbeat() {
        String username = fixtures.user(Role.COUNTY_GOVERNMENT, "520527");
        long userId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        Instant longAgo = clock.instant().minus(Duration.ofMinutes(5));
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into indicator_import_job (id, edition_code, created_by, created_by_name, region_code,"
                        + " file_name, file_size, file_sha256, state, phase, total_rows, processed_rows, written_rows,"
                        + " saved, unchanged, error_count, created_at, updated_at, version, instance_id)"
                        + " values (?, 'GZ-2SZS-2021', ?, ?, '520527', 'a.xlsx', 1, ?, 'RUNNING', 'SAVING', 2000,"
                        + " 2000, 0, 0, 0, 0, ?, ?, 0, 'elsewhere')",
                id,
                userId,
                username,
                "0".repeat(64),
                OffsetDateTime.ofInstant(longAgo, ZoneOffset.UTC),
                OffsetDateTime.ofInstant(longAgo, ZoneOffset.UTC));

        progress.progress(id, 2000, 1500);

        Browser owner = new Browser(port);
        owner.login(username, Fixtures.PASSWORD);
        JsonNode status = owner.get("/api/indicator-excel/import/" + id).json();
        assertThat(status.get("state").asString()).isEqualTo("RUNNING");
        assertThat(status.get("processedRows").asInt()).isEqualTo(2000);
        assertThat(status.get("writtenRows").asInt()).isEqualTo(1500);
        assertThat(jdbc.queryForObject("select version from indicator_import_job where id = ?", Long.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                                "select updated_at from indicator_import_job where id = ?", OffsetDateTime.class, id)
                        .toInstant())
                .isAfter(longAgo);
    }
}
