package cn.ecozone.indicator;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A file attached to a value as evidence (佐证材料). */
public record Evidence(
        long id,
        long documentId,
        String name,
        String type,
        long size,
        String sha256,
        Instant uploadedAt,
        @Nullable Integer width,
        @Nullable Integer height,
        @Nullable String uploadedByOrganization,
        @Nullable Instant removedAt,
        @Nullable String removedByOrganization,
        @Nullable String removedReason) {}
