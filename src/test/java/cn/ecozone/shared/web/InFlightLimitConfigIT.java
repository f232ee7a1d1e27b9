package cn.ecozone.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.ApiTest;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The application's own limit (application.yml, ADR 0023): ordinary requests take a permit, the
 * configured downloads (documents, evidence files, exports) and multipart uploads do not; more are
 * admitted than the connection pool has connections (ADR 0064: a limit of the pool's size was measured
 * at a quarter to a half of the throughput).
 */
@ApiTest
class InFlightLimitConfigIT {

    @Autowired
    InFlightLimitFilter filter;

    @Autowired
    DataSource dataSource;

    @Test
    void moreRequestsAreAdmittedAtOnceThanThePoolHasConnections() throws SQLException {
        int connections = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();

        assertThat(filter.limit()).isEqualTo(32).isGreaterThan(connections);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/plans/7/document",
                "/api/work-plans/3/document",
                "/api/public/plans/7/document",
                "/api/indicator-values/GZ-2SZS-2021/520381/2025/GZ-01/evidence/5",
                "/api/candidacies/export",
                "/api/indicator-excel/export"
            })
    void configuredDownloadsTakeNoPermit(String path) {
        assertThat(filter.counts(new MockHttpServletRequest("GET", path))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/plans",
                "/api/evaluations/ranking",
                "/api/auth/me",
                "/api/indicator-values/GZ-2SZS-2021/520381/2025/GZ-01/evidence"
            })
    void ordinaryRequestsTakeAPermit(String path) {
        assertThat(filter.counts(new MockHttpServletRequest("GET", path))).isTrue();
    }

    @Test
    void aMultipartUploadTakesNoPermit() {
        MockHttpServletRequest upload =
                new MockHttpServletRequest("POST", "/api/indicator-values/GZ-2SZS-2021/520381/2025/GZ-01/evidence");
        upload.setContentType("multipart/form-data; boundary=x");

        assertThat(filter.counts(upload)).isFalse();
    }
}
