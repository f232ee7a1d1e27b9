package cn.ecozone.document;

import java.time.Instant;

/**
 * A stored file: its type as recognised from the content, size and SHA-256; for an image, its width
 * and height in pixels as decoded at upload (null otherwise).
 */
public record StoredDocument(
        long id,
        String name,
        DocumentType type,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt,
        Integer width,
        Integer height) {}
