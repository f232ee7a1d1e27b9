package cn.ecozone.archive.internal;

import cn.ecozone.archive.ArchiveContributor;
import cn.ecozone.archive.ArchiveEntry;
import cn.ecozone.archive.ArchiveSection;
import cn.ecozone.archive.ArchivedCandidacy;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.Requirement;
import cn.ecozone.regulation.Step;
import cn.ecozone.review.ReviewManagement;
import cn.ecozone.shared.Actor;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The review record of each dossier (评审记录): the panel result of every step of the application chain
 * that requires a closed panel ({@code PANEL_CLOSED}), with the aggregated scores and the experts'
 * opinions under aliases, as the subject may read them.
 */
@Component
@Order(50)
class ReviewEntries implements ArchiveContributor {

    private final DossierLinks links;
    private final ReviewManagement reviews;
    private final RegulationManagement regulations;
    private final RegionManagement regions;
    private final ArchiveRecords records;

    ReviewEntries(
            DossierLinks links,
            ReviewManagement reviews,
            RegulationManagement regulations,
            RegionManagement regions,
            ArchiveRecords records) {
        this.links = links;
        this.reviews = reviews;
        this.regulations = regulations;
        this.regions = regions;
        this.records = records;
    }

    @Override
    public List<ArchiveEntry> entries(ArchivedCandidacy candidacy, Actor reader) {
        List<String> steps = regulations
                .applicationChain(
                        candidacy.regulationCode(),
                        candidacy.regulationVersion(),
                        regions.require(candidacy.regionCode()).level())
                .map(chain -> chain.steps().stream()
                        .filter(s -> s.requires().contains(Requirement.PANEL_CLOSED))
                        .map(Step::code)
                        .toList())
                .orElse(List.of());
        List<ArchiveEntry> entries = new ArrayList<>();
        for (long dossierId : links.of(candidacy, reader)) {
            for (String step : steps) {
                reviews.results(dossierId, step)
                        .ifPresent(r -> entries.add(new ArchiveEntry(
                                ArchiveSection.REVIEW,
                                "申报材料" + dossierId + "-" + step + "-评审结果.json",
                                null,
                                "评审组 " + r.panelId() + "（" + step + "）",
                                records.json(r))));
            }
        }
        return entries;
    }
}
