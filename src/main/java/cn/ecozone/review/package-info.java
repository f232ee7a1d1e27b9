/**
 * Expert review (专家评审, issue 12 §2): the province's expert pool with its relations and integrity
 * record (GZ art. 25), panels drawn per round and step with a recorded seed, typed conflicts (recusal),
 * private scoring against the regulation's rubric, the aggregated result and its reconciliations, and
 * the {@code PANEL_CLOSED} requirement of the steps that need a closed panel.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Expert review",
        allowedDependencies = {"shared", "region", "regulation", "procedure", "dossier", "document"})
package cn.ecozone.review;
