package cn.ecozone.grading;

import java.time.Instant;

/** The latest annual evaluation report (年度评估报告) of a year: how many regions it lists, who made it. */
public record AnnualReportView(
        long id, int year, int regionCount, String generatedBy, Instant generatedAt, long docxSize, long pdfSize) {}
