package cn.ecozone.shared;

import com.zaxxer.hikari.HikariConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Turns on pgjdbc's {@code reWriteBatchedInserts} for a PostgreSQL pool (issue 10, import): a JDBC
 * batch of 50 single-row inserts then goes to the server as a few multi-row inserts instead of 50
 * statements, several times faster for the bulk writes of ADR 0015 (an Excel import's values and
 * history rows). Batched updates are sent as they are. Set here, per vendor, rather than in {@code
 * application.yml}: the H2 URL of the embedded default must not carry a pgjdbc property, and
 * deployers' {@code ECOZONE_DB_URL} need not know of it. A URL that names the property itself (e.g.
 * {@code reWriteBatchedInserts=false}) wins.
 *
 * <p>Precondition: runs before the pool opens its first connection (Hikari opens them on first use,
 * after the bean's initialisation).
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {

    static final String PROPERTY = "reWriteBatchedInserts";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariConfig pool) {
            apply(pool);
        }
        return bean;
    }

    /** Adds the property to a pool whose URL is PostgreSQL's and does not name the property. */
    static void apply(HikariConfig pool) {
        String url = pool.getJdbcUrl();
        if (url != null
                && url.startsWith("jdbc:postgresql:")
                && !url.toLowerCase(java.util.Locale.ROOT).contains(PROPERTY.toLowerCase(java.util.Locale.ROOT))
                && !pool.getDataSourceProperties().containsKey(PROPERTY)) {
            pool.addDataSourceProperty(PROPERTY, "true");
        }
    }
}
