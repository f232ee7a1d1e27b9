package cn.ecozone.indicator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The CSV text the import's COPY sends to PostgreSQL (issue 10, ADR 0022 amended): nulls stay nulls,
 * texts stay texts whatever they hold, and numbers, booleans and timestamps read back as written.
 */
class CsvRowTest {

    @Test
    void aNullIsAnEmptyFieldAndAnEmptyTextIsQuoted() {
        CsvRow row = new CsvRow(16);
        row.add((String) null).add("").add((Double) null).add((Boolean) null).add((OffsetDateTime) null);
        row.end();

        assertThat(row.text()).isEqualTo(",\"\",,,\n");
    }

    @Test
    void aTextWithQuotesCommasAndLineBreaksIsQuotedWithItsQuotesDoubled() {
        CsvRow row = new CsvRow(16);
        row.add("统计\"公报\", 第1版\n附表").add(7L);
        row.end();

        assertThat(row.text()).isEqualTo("\"统计\"\"公报\"\", 第1版\n附表\",7\n");
    }

    @Test
    void numbersBooleansAndTimestampsAreWrittenAsPostgresqlReadsThem() {
        CsvRow row = new CsvRow(16);
        row.add(0.00001)
                .add(52.5)
                .add(true)
                .add(false)
                .add(OffsetDateTime.of(2026, 12, 6, 18, 5, 0, 123_456_789, ZoneOffset.UTC));
        row.end();
        row.add(1L);
        row.end();

        assertThat(row.text()).isEqualTo("1.0E-5,52.5,true,false,2026-12-06 18:05:00.123456789+00:00\n1\n");
    }
}
