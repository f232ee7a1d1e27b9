/**
 * Rewards (资金奖励) of titled areas (IM eco-civ art. 20, IM Two Mountains art. 19, Guizhou art. 20; the
 * regulation's {@code title.duties} entry {@code REWARD} names the body and the article): province staff
 * record a reward per title (amount, date, the document's number and issuing body, an optional
 * attachment, a note) and correct it with a reason, every changed field kept as history; a reward is
 * never deleted. The subject reads its own; the province lists, filters and exports them. The module
 * contributes its rewards to the candidacy archive ({@code archive.ArchiveContributor}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Rewards",
        allowedDependencies = {"shared", "region", "regulation", "title", "document", "archive"})
package cn.ecozone.reward;
