package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Workbooks whose ZIP directory lies about their size (issue 8 §5): the guard counts the bytes
 * actually inflated and stops at the limit, before any reader parses the sheet; no job is queued.
 */
@ApiTest
class WorkbookBombIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    /** A real workbook plus a 400 MB sheet of zeros whose directory entry claims 1,000 bytes. */
    private static byte[] lyingWorkbook() {
        byte[] honest = ExcelTestWorkbooks.workbook(List.of());
        byte[] bomb = TestFiles.lyingZip(TestFiles.zipEntries(honest), "xl/worksheets/sheet9.xml", 400L << 20, 1000);
        assertThat(bomb.length).isLessThan(1 << 20);
        return bomb;
    }

    @Test
    void aValueWorkbookThatInflatesFarBeyondWhatItsDirectorySaysIsRefusedWith422AndNoJob() {
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "520521"), Fixtures.PASSWORD);
        long jobs = jdbc.queryForObject("select count(*) from indicator_import_job", Long.class);

        Response refused = county.upload(ExcelImportIT.IMPORT, "指标数值.xlsx", lyingWorkbook());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("unsafe-file");
        assertThat(refused.json().get("detail").asString()).contains("512 MB");
        assertThat(jdbc.queryForObject("select count(*) from indicator_import_job", Long.class))
                .isEqualTo(jobs);
    }

    @Test
    void anEditionWorkbookThatInflatesFarBeyondWhatItsDirectorySaysIsRefusedWith422() {
        Browser guizhou = new Browser(port);
        guizhou.login(fixtures.user(Role.PROVINCE_STAFF, "520000"), Fixtures.PASSWORD);

        Response refused = guizhou.upload("/api/indicator-drafts/import", "指标体系.xlsx", lyingWorkbook());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("unsafe-file");
        assertThat(refused.json().get("detail").asString()).contains("8 MB");
    }
}
