package cn.ecozone.portal.internal;

import java.time.Instant;

/** A column with published items: how many, and the latest publication ({@link ColumnItems#columns}). */
public record ColumnCount(String regionCode, String programme, long items, Instant latest) {}
