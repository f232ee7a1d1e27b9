package cn.ecozone.report;

import java.time.Instant;

/** A Beautiful Inner Mongolia written report received by the department (seed 004 art. 41). */
public record BimReport(
        long id,
        int year,
        String senderCode,
        String senderName,
        BimSender.Kind senderKind,
        String text,
        String receivedBy,
        Instant receivedAt) {}
