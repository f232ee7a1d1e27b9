/**
 * Plans (规划 / 实施方案) from draft to filing: a subject drafts a plan for a programme, and it follows
 * the path its regulation gives for the subject's level (examination, expert or ministry review,
 * revision, promulgation, filing within a working-day deadline), with return-with-reason and
 * withdrawal. The path runs on the {@code procedure} engine, one run per revision, pinned to the
 * regulation version the revision started under; the runs keep the one timeline.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Plans",
        allowedDependencies = {
            "procedure",
            "regulation",
            "region",
            "calendar",
            "deadline",
            "document",
            "indicator :: editions",
            "shared"
        })
package cn.ecozone.plan;
