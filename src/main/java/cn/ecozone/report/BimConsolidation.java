package cn.ecozone.report;

import java.time.Instant;

/** A consolidated Beautiful Inner Mongolia report made by the department, with its two files. */
public record BimConsolidation(
        long id,
        int year,
        int reportsIncluded,
        long docxDocumentId,
        long pdfDocumentId,
        String madeBy,
        Instant madeAt) {}
