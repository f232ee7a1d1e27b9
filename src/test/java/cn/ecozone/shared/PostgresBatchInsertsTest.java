package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import org.junit.jupiter.api.Test;

/** pgjdbc's batch rewriting is switched on for PostgreSQL pools only (issue 10, import). */
class PostgresBatchInsertsTest {

    static HikariConfig pool(String url) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        return pool;
    }

    @Test
    void aPostgresPoolRewritesBatchedInserts() {
        HikariConfig pool = pool("jdbc:postgresql://localhost:5432/ecozone");

        new PostgresBatchInserts().postProcessBeforeInitialization(pool, "dataSource");

        assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
    }

    @Test
    void anH2PoolGetsNoPgjdbcProperty() {
        HikariConfig pool = pool("jdbc:h2:mem:test;MODE=PostgreSQL");

        new PostgresBatchInserts().postProcessBeforeInitialization(pool, "dataSource");

        assertThat(pool.getDataSourceProperties()).isEmpty();
    }

    @Test
    void aUrlThatNamesThePropertyKeepsItsChoice() {
        HikariConfig pool = pool("jdbc:postgresql://localhost:5432/ecozone?reWriteBatchedInserts=false");

        new PostgresBatchInserts().postProcessBeforeInitialization(pool, "dataSource");

        assertThat(pool.getDataSourceProperties()).isEmpty();
    }
}
