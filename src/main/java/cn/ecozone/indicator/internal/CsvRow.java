package cn.ecozone.indicator.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Rows in the CSV text PostgreSQL's {@code COPY … (format csv)} reads ({@link PostgresCopy}): a null
 * is an empty unquoted field, a text is always quoted (so an empty text stays empty, not null) with its
 * quotes doubled, numbers and booleans as PostgreSQL parses them, a timestamp with its offset and
 * nanoseconds (the server rounds them to the column's microseconds, as pgjdbc's bound parameter does).
 */
final class CsvRow {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSSxxx");

    private final StringBuilder text;
    private boolean first = true;

    CsvRow(int capacity) {
        text = new StringBuilder(capacity);
    }

    /** A text field, or null. */
    CsvRow add(String value) {
        separate();
        if (value != null) {
            text.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    text.append('"');
                }
                text.append(c);
            }
            text.append('"');
        }
        return this;
    }

    /** A whole number. */
    CsvRow add(long value) {
        separate();
        text.append(value);
        return this;
    }

    /** A {@code double precision}, or null (Java's form, e.g. {@code 1.0E-5}, is PostgreSQL's input too). */
    CsvRow add(Double value) {
        separate();
        if (value != null) {
            text.append(value.doubleValue());
        }
        return this;
    }

    /** A boolean, or null. */
    CsvRow add(Boolean value) {
        separate();
        if (value != null) {
            text.append(value ? "true" : "false");
        }
        return this;
    }

    /** A {@code timestamp with time zone}, or null. */
    CsvRow add(OffsetDateTime value) {
        separate();
        if (value != null) {
            TIMESTAMP.formatTo(value, text);
        }
        return this;
    }

    /** Ends the row. */
    void end() {
        text.append('\n');
        first = true;
    }

    String text() {
        return text.toString();
    }

    private void separate() {
        if (!first) {
            text.append(',');
        }
        first = false;
    }
}
