/**
 * Annual reports of titled subjects (issue 13 §1): the subject reports on the previous year along the path
 * of its regulation's {@code ANNUAL_REPORT} check (IM eco-civ art. 17, IM Two Mountains art. 17, Guizhou
 * art. 18), with the year's indicator scorecard and its key projects frozen at submission; the province sets
 * the due day the rules leave open. Also the Beautiful Inner Mongolia consolidation (seed 004 art. 41): the
 * leagues' and departments' annual reports received by the department and consolidated (DOCX and PDF) with
 * the target table. ADR 0034.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Annual reports",
        allowedDependencies = {
            "title",
            "regulation",
            "procedure",
            "deadline",
            "calendar",
            "indicator",
            "project",
            "document",
            "region",
            "shared",
            "archive",
            "identity",
            "notification"
        })
package cn.ecozone.report;
