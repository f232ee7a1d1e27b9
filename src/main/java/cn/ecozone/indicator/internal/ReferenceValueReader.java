package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.SubmissionState;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the numbers that reference averages ("超过当年度全省平均水平") are computed from: the regions'
 * own values of some indicators under a region path in a range of years, in one statement with the
 * four columns the average needs, either every value held ({@link #numbers}, the internal scorecards)
 * or only those of years whose submission is confirmed ({@link #confirmedNumbers}, the public page:
 * issue 13 §7, the public sees only confirmed values). No entities: a province's values for a
 * scorecard were a few thousand entities per request, half of its time (issue 10, docs/performance.md).
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

    /**
     * As {@link #SQL}, only values whose region's own submission of the year is confirmed: one join on
     * the submission's unique key (edition, region, unit 0, year), the state bound.
     */
    private static final String CONFIRMED_SQL = """
            select v.region_path, v.indicator_code, v.data_year, v.number_value
              from indicator_value v
              join indicator_submission s
                on s.edition_code = v.edition_code and s.region_code = v.region_code
               and s.unit_id = v.unit_id and s.data_year = v.data_year
             where v.edition_code = :edition and v.indicator_code in (:indicators)
               and v.data_year between :from and :to and v.region_path like :under and v.unit_id = 0
               and s.state = :state
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
    List<Number> numbers(String edition, Collection<String> indicators, int from, int to, String under) {
        return read(jdbc.sql(SQL), edition, indicators, from, to, under);
    }

    /**
     * As {@link #numbers}, only the numbers of years whose submission of the region's own values is
     * confirmed (draft, submitted and returned years never count). Precondition: {@code indicators} is
     * not empty.
     */
    List<Number> confirmedNumbers(String edition, Collection<String> indicators, int from, int to, String under) {
        return read(
                jdbc.sql(CONFIRMED_SQL).param("state", SubmissionState.CONFIRMED.name()),
                edition,
                indicators,
                from,
                to,
                under);
    }

    private static List<Number> read(
            JdbcClient.StatementSpec sql,
            String edition,
            Collection<String> indicators,
            int from,
            int to,
            String under) {
        return sql.param("edition", edition)
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
