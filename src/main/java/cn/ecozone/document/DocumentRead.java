package cn.ecozone.document;

import org.springframework.modulith.NamedInterface;

/**
 * Published just before a stored document's bytes are handed out (plan texts, work plans, evidence),
 * so that the read is audited. A listener that throws stops the read.
 */
@NamedInterface("events")
public record DocumentRead(long documentId, String name, String sha256) {}
