package cn.ecozone.portal;

import java.time.Instant;

/**
 * One item of a public column.
 *
 * @param kind {@code PROGRESS} (实施进展), {@code KEY_WORK} (重点工作) or {@code RESULT} (成效现状)
 */
public record ColumnItem(
        long id,
        String regionCode,
        String programme,
        String kind,
        String title,
        String body,
        String publishedBy,
        Instant publishedAt,
        long version) {}
