package cn.ecozone.indicator;

import java.time.Instant;

/** A file attached to a value as evidence (佐证材料). */
public record Evidence(
        long id,
        long documentId,
        String name,
        String type,
        long size,
        String sha256,
        Instant uploadedAt,
        Integer width,
        Integer height,
        String uploadedByOrganization,
        Instant removedAt,
        String removedByOrganization,
        String removedReason) {}
