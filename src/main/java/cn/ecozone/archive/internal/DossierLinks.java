package cn.ecozone.archive.internal;

import cn.ecozone.archive.ArchivedCandidacy;
import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.shared.Actor;
import java.util.List;
import org.springframework.stereotype.Component;

/** The dossiers a candidacy links (one per round it applied in), oldest first. */
@Component
class DossierLinks {

    private final CandidacyManagement candidacies;

    DossierLinks(CandidacyManagement candidacies) {
        this.candidacies = candidacies;
    }

    List<Long> of(ArchivedCandidacy candidacy, Actor reader) {
        return candidacies.view(candidacy.candidacyId(), reader).links().stream()
                .filter(l -> "DOSSIER".equals(l.kind()))
                .map(CandidacyView.Link::recordId)
                .distinct()
                .toList();
    }
}
