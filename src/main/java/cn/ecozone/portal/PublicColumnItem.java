package cn.ecozone.portal;

import java.time.Instant;
import java.util.List;

/**
 * A published item as the public reads it (review s15 #6): what was published, when and by which
 * organization, with its images and attachments — nothing of how it got there (no drafter, approver,
 * state, return reason or version: those are the staff's, {@link ColumnItem}).
 *
 * @param kind {@code PROGRESS} (实施进展), {@code KEY_WORK} (重点工作) or {@code RESULT} (成效现状)
 * @param publisher the name of the organization that published it; for items from before 先审后发 (V113),
 *     which name no organization, the name of the column's region
 * @param files its images (shown inline) and attachments (downloaded), in order, all public with the item
 */
public record PublicColumnItem(
        long id,
        String kind,
        String title,
        String body,
        String publisher,
        Instant publishedAt,
        List<ColumnItem.ColumnFile> files) {}
