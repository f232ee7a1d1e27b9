/**
 * Typical cases (典型案例, issue 13 §5; Xilingol arts. 12–14, Guizhou art. 17, IM Two Mountains art. 15):
 * a region's government recommends a case, the office's appointed experts score it against the four
 * criteria with recusal, the office publishes, returns or rejects it, all on the procedure engine over
 * the regulation's {@code typical_cases} steps; the public case library and the yearly collection PDF
 * (案例集); and the {@code CASE_REVIEWED} requirement of the {@code REVIEW} step.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Typical cases",
        allowedDependencies = {"shared", "region", "regulation", "procedure", "review", "document", "archive", "title"})
package cn.ecozone.cases;
