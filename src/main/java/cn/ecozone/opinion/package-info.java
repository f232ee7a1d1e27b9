/**
 * Documents out (issue 12 §4): the written opinion a body forms on a round's dossiers at the step that
 * requires it (the province department's pre-review opinion, IM eco-civ art. 15; the municipal
 * government's written recommendation opinion, Guizhou art. 11), generated from the record, edited as
 * a versioned draft and issued as DOCX and PDF; and the export pack of a dossier for the national
 * platform (IM eco-civ art. 16). Keeps the step requirement {@code OPINION_ISSUED} (ADR 0027).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Opinions",
        allowedDependencies = {
            "shared",
            "regulation",
            "procedure",
            "document",
            "dossier",
            "registry",
            "review",
            "publicity"
        })
package cn.ecozone.opinion;
