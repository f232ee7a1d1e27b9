/**
 * Xilingol's graded annual evaluation (年度评估, issue 13 §4, 001 arts. 8–11; docs/grading.md, ADR 0032):
 * each banner or county's self-assessment of the previous year is its dossier in the year's round of the
 * Xilingol chain ({@code SELF_ASSESSMENT} → {@code ANNUAL_EVALUATION} → {@code GRADING}); the committee
 * office's expert panel scores it (module {@code review}), and the office records its comprehensive
 * opinion and grade here, which meets the {@code GRADE_ASSIGNED} requirement of the grading step. The
 * year's annual evaluation report (年度评估报告) is generated as DOCX and PDF.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Annual evaluation (Xilingol)",
        allowedDependencies = {
            "shared",
            "region",
            "regulation",
            "procedure",
            "dossier",
            "review",
            "indicator",
            "document",
            "candidacy",
            "archive"
        })
package cn.ecozone.grading;
