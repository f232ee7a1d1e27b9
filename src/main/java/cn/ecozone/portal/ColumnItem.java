package cn.ecozone.portal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One item of a public column, with where it stands on its way to the public (先审后发): the staff's record,
 * never sent to the public, which reads {@link PublicColumnItem} (review s15 #6).
 *
 * @param kind {@code PROGRESS} (实施进展), {@code KEY_WORK} (重点工作) or {@code RESULT} (成效现状)
 * @param publishedBy who published it; {@code null} until published
 * @param returnReason why it was last returned; {@code null} if never
 * @param files its images and attachments, in order
 */
public record ColumnItem(
        long id,
        String regionCode,
        String programme,
        String kind,
        String title,
        String body,
        ColumnItemState state,
        String draftedBy,
        Instant draftedAt,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt,
        @Nullable String returnReason,
        @Nullable String publishedBy,
        @Nullable Instant publishedAt,
        List<ColumnFile> files,
        long version) {

    /** An image (shown inline) or an attachment (a download) of an item. */
    public record ColumnFile(long documentId, String name, long size, boolean image) {}
}
