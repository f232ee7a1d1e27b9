package cn.ecozone.title;

import cn.ecozone.region.RegionManagement;
import cn.ecozone.title.internal.ReceiptEntity;
import cn.ecozone.title.internal.Receipts;
import cn.ecozone.title.internal.TitleEntity;
import cn.ecozone.title.internal.Titles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the title module tells the others: a candidacy's title and a dossier's national-platform
 * receipt. Callers show them only to readers who may see the candidacy or dossier.
 */
@Service
@Transactional(readOnly = true)
public class TitleManagement {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Titles titles;
    private final Receipts receipts;
    private final RegionManagement regions;
    private final Clock clock;

    TitleManagement(Titles titles, Receipts receipts, RegionManagement regions, Clock clock) {
        this.titles = titles;
        this.receipts = receipts;
        this.regions = regions;
        this.clock = clock;
    }

    /** The title candidacy {@code candidacyId} holds, if it was named. */
    public Optional<TitleView> ofCandidacy(long candidacyId) {
        return titles.findByCandidacyId(candidacyId)
                .map(t -> view(t, regions.require(t.regionCode()).name()));
    }

    /** The national-platform receipt the subject of dossier {@code dossierId} recorded, if any. */
    public Optional<PlatformReceiptView> receipt(long dossierId) {
        return receipts.findByDossierId(dossierId).map(ReceiptEntity::view);
    }

    /** Today in Beijing. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    TitleView view(TitleEntity t, String regionName) {
        return new TitleView(
                t.id(),
                t.candidacyId(),
                t.dossierId(),
                t.subjectName(),
                t.regionCode(),
                regionName,
                t.programme(),
                t.regulationCode(),
                t.regulationVersion(),
                t.namingBodyZh(),
                t.documentNumber(),
                t.namedOn(),
                t.validityYears(),
                t.validUntil(),
                t.validityArticle(),
                t.validityUncertain(),
                t.validityNote(),
                t.stateOn(today()));
    }
}
