/**
 * The application dossier (申报材料, issue 11 §3): application rounds and their windows, a candidacy's
 * dossier per round with its materials (texts, photos, documents) and their checks, the eligibility
 * answers and automatic checks, the indicator snapshot frozen at submission, the exclusions that block
 * it, and its submission on the procedure engine along the regulation's application chain.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Dossiers",
        allowedDependencies = {
            "shared",
            "region",
            "regulation",
            "candidacy",
            "plan",
            "procedure",
            "document",
            "indicator",
            "registry"
        })
package cn.ecozone.dossier;
