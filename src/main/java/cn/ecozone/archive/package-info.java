/**
 * The candidacy archive (创建工作档案, IM eco-civ art. 8; Guizhou art. 18; the regulation's
 * {@code title.duties} entry {@code ARCHIVE}): everything of a candidacy as one ZIP with an index, streamed
 * to the reader. Modules contribute their records through the SPI {@link cn.ecozone.archive.ArchiveContributor}
 * (plans, work plans, the dossier, the review record, publicity, the naming and the title here; rewards from
 * the reward module; reports, checks and rectifications from the issue 13 modules that implement it).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Candidacy archive",
        allowedDependencies = {
            "shared",
            "region",
            "regulation",
            "candidacy",
            "plan",
            "workplan",
            "dossier",
            "review",
            "publicity",
            "title",
            "document"
        })
package cn.ecozone.archive;
