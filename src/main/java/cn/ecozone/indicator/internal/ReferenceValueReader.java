package cn.ecozone.indicator.internal;

import java.util.Collection;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the numbers that reference averages ("超过当年度全省平均水平") are computed from: the regions'
 * own values of some indicators under a region path in a range of years, in one statement with the
 * four columns the average needs. No entities: a province's values for a scorecard were a few
 * thousand entities per request, half of its time (issue 10, docs/performance.md).
 */
@Component
class ReferenceValueReader {

    /** One region's number for an indicator and year; {@code number} null when none is held. */
    record Number(String regionPath, String indicatorCode, int year, Double number) {}

    private static final String SQL = """
            select region_path, indicator_code, data_year, number_value
              from indicator_value
             where edition_code = :edition and indicator_code in (:indicators)
               and data_year between :from and :to and region_path like :under and unit_id = 0
            """;

    private final JdbcClient jdbc;

    ReferenceValueReader(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * The regions' own numbers (construction units' values never count) of {@code indicators} under the
     * bound path pattern {@code under} (e.g. {@code /52/%}) in the years {@code from} to {@code to}.
     * Precondition: {@code indicators} is not empty.
     */
    java.util.List<Number> numbers(String edition, Collection<String> indicators, int from, int to, String under) {
        return jdbc.sql(SQL)
                .param("edition", edition)
                .param("indicators", indicators)
                .param("from", from)
                .param("to", to)
                .param("under", under)
                .query((rs, row) -> {
                    double number = rs.getDouble(4);
                    return new Number(rs.getString(1), rs.getString(2), rs.getInt(3), rs.wasNull() ? null : number);
                })
                .list();
    }
}
